import { keyedProblem, label, UserError, type Locale } from '../../model/index.js';
import { importReview } from '../../review/import.js';
import { initialsOf, makeReviewerCopy } from '../../review/reviewer-copy.js';
import { reviewService } from '../../review/service.js';
import type { ImportReport, ReviewOverview } from '../../review/types.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export const usage = [
  'review status <bestand> [--json]                    reviewstatus per hoofdstuk, open opmerkingen, wat meelezers nog moeten doen',
  '  bundel review copy <bestand> --reviewer "Naam" --out <kopie.bundel>   meeleeskopie voor één meelezer',
  '  bundel review import <bestand> <kopie.bundel|terug.docx> [--json]   opmerkingen van een meelezer terughalen',
].join('\n');

export async function run(args: string[], io: Io): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'status') return status(rest, io);
  if (sub === 'copy') return copy(rest, io);
  if (sub === 'import') return importCommand(rest, io);
  throw new UserError('invalidArguments', keyedProblem('problem.reviewSubcommand'));
}

function status(args: string[], io: Io): void {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['bestand']);
  const overview = withProject(positionals[0]!, (store) => reviewService(store).overview(), { readOnly: true });
  if (values.json) return printJson(io, overview);
  io.out(statusText(overview, io.locale));
}

function copy(args: string[], io: Io): void {
  const { positionals, values } = parse(
    args,
    { reviewer: { type: 'string' }, initials: { type: 'string' }, out: { type: 'string' } },
    ['bestand'],
  );
  const name = typeof values.reviewer === 'string' ? values.reviewer.trim() : '';
  const out = typeof values.out === 'string' ? values.out : '';
  if (!name) throw new UserError('invalidArguments', keyedProblem('problem.reviewerMissing'));
  if (!out) throw new UserError('invalidArguments', keyedProblem('problem.copyOutMissing'));
  const initials = typeof values.initials === 'string' && values.initials.trim() ? values.initials.trim() : initialsOf(name);
  makeReviewerCopy(positionals[0]!, out, { name, initials, role: 'reviewer' });
  io.out(`${out}\n`);
}

async function importCommand(args: string[], io: Io): Promise<void> {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['bestand', 'kopie.bundel|terug.docx']);
  const report = await importReview(positionals[0]!, positionals[1]!);
  if (values.json) return printJson(io, report);
  io.out(importText(report));
}

function statusText(overview: ReviewOverview, locale: Locale): string {
  const lines = overview.chapters.map((c) => {
    const open = c.openThreads === 1 ? '1 open opmerking' : `${c.openThreads} open opmerkingen`;
    const last = c.lastActivity ? ` · laatst ${c.lastActivity.slice(0, 10)}` : '';
    const moved = c.movedThreads > 0 ? ` · ${c.movedThreads} verplaatst` : '';
    return `  ${label(locale, 'reviewStatus', c.status).padEnd(11)} ${c.title} — ${open}${moved}${last}`;
  });
  const reviewers = overview.reviewers.map((r) =>
    r.owes.length === 0
      ? `  ${r.reviewer.name}: niets openstaand`
      : `  ${r.reviewer.name}: nog te lezen: ${r.owes.map((o) => o.title).join(', ')}`,
  );
  return [...lines, '', reviewers.length > 0 ? 'Meelezers:' : 'Nog geen meelezers.', ...reviewers, ''].join('\n');
}

function importText(report: ImportReport): string {
  const what: Record<ImportReport['added'][number]['what'], string> = {
    thread: 'opmerking',
    reply: 'reactie',
    edit: 'bewerkte opmerking',
    resolved: 'afgehandeld',
    reopened: 'heropend',
    status: 'reviewstatus',
  };
  const lines = [`Toegevoegd: ${report.added.length} · al aanwezig: ${report.matched.length} · niet teruggevonden: ${report.unplaced.length}`];
  for (const e of report.added) lines.push(`  + ${what[e.what]} (${e.chapterTitle}) ${e.author}${e.text ? `: ${e.text}` : ''}`);
  if (report.unplaced.length > 0) lines.push('Niet teruggevonden — bewaard bij de dichtstbijzijnde tekst, of (zonder hoofdstuk) niet geplaatst:');
  for (const u of report.unplaced) {
    const where = u.kept ? `bij „${u.chapterTitle}”` : 'niet geplaatst';
    lines.push(`  ! „${u.quote}” — ${u.author}: ${u.text} (${where})`);
  }
  return `${lines.join('\n')}\n`;
}
