import { keyedProblem, label, message, UserError, type Locale, type MessageKey } from '../../model/index.js';
import { importReview } from '../../review/import.js';
import { initialsOf, makeReviewerCopy } from '../../review/reviewer-copy.js';
import { reviewService } from '../../review/service.js';
import type { ImportReport, ReviewOverview } from '../../review/types.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export async function run(args: string[], io: Io): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'status') return status(rest, io);
  if (sub === 'copy') return copy(rest, io);
  if (sub === 'import') return importCommand(rest, io);
  throw new UserError('invalidArguments', keyedProblem('problem.reviewSubcommand'));
}

function status(args: string[], io: Io): void {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['cli.argument.file'], io.locale);
  const overview = withProject(positionals[0]!, (store) => reviewService(store).overview(), { readOnly: true });
  if (values.json) return printJson(io, overview);
  io.out(statusText(overview, io.locale));
}

function copy(args: string[], io: Io): void {
  const { positionals, values } = parse(
    args,
    { reviewer: { type: 'string' }, initials: { type: 'string' }, out: { type: 'string' } },
    ['cli.argument.file'],
    io.locale,
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
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['cli.argument.file', 'cli.argument.returned'], io.locale);
  const report = await importReview(positionals[0]!, positionals[1]!);
  if (values.json) return printJson(io, report);
  io.out(importText(report, io.locale));
}

function statusText(overview: ReviewOverview, locale: Locale): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) => message(locale, key, params);
  const lines = overview.chapters.map((c) => {
    // Two sentences rather than "opmerking(en)": the Dutch line has always said "1 open opmerking".
    const open = say('cli.review.open', { count: c.openThreads });
    const moved = c.movedThreads > 0 ? [say('cli.review.moved', { count: c.movedThreads })] : [];
    const last = c.lastActivity ? [say('cli.review.last', { date: c.lastActivity.slice(0, 10) })] : [];
    return `  ${label(locale, 'reviewStatus', c.status).padEnd(11)} ${c.title} — ${[open, ...moved, ...last].join(' · ')}`;
  });
  const reviewers = overview.reviewers.map((r) =>
    r.owes.length === 0
      ? `  ${say('cli.review.nothingOwed', { name: r.reviewer.name })}`
      : `  ${say('cli.review.owes', { name: r.reviewer.name, chapters: r.owes.map((o) => o.title).join(', ') })}`,
  );
  return [...lines, '', say(reviewers.length > 0 ? 'cli.review.reviewers' : 'cli.review.noReviewers'), ...reviewers, ''].join('\n');
}

/** What a review import added and could not place; the summary and the kinds of change are the app's own words. */
function importText(report: ImportReport, locale: Locale): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) => message(locale, key, params);
  const counts = { added: report.added.length, matched: report.matched.length, unplaced: report.unplaced.length };
  const lines = [say('ui.reviewRound.import.summary', counts)];
  for (const e of report.added) {
    lines.push(`  + ${say(`ui.reviewRound.what.${e.what}`)} (${e.chapterTitle}) ${e.author}${e.text ? `: ${e.text}` : ''}`);
  }
  if (report.unplaced.length > 0) lines.push(say('cli.review.unplacedHeading'));
  for (const u of report.unplaced) {
    const where = u.kept ? say('cli.review.keptAt', { chapter: u.chapterTitle }) : say('cli.review.notPlaced');
    lines.push(`  ! ${say('cli.review.unplaced', { quote: u.quote, author: u.author, text: u.text, where })}`);
  }
  return `${lines.join('\n')}\n`;
}
