import { UserError } from '../../model/index.js';
import { exportFormats, exportPublication, type ExportFormat } from '../../export/publication.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';
import { writeAtomically } from '../../export/write-atomically.js';

export const usage = [
  'export <bestand> --format pdf|docx --out <uitvoer>',
  '       [--edition print|screen] [--template <id|sjabloon.json>] [--comments|--no-comments]',
  '       [--omit-without-consent | --allow-without-consent] [--json]',
  '                                exporteer de publicatie als drukklare PDF of als Word-document',
].join('\n');

export async function run(args: string[], io: Io): Promise<void> {
  const { positionals, values } = parse(
    args,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      edition: { type: 'string' },
      template: { type: 'string' },
      comments: { type: 'boolean' },
      'no-comments': { type: 'boolean' },
      'omit-without-consent': { type: 'boolean' },
      'allow-without-consent': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    ['bestand'],
  );
  const format = oneOf('--format', values.format, exportFormats);
  const edition = values.edition === undefined ? 'screen' : oneOf('--edition', values.edition, ['screen', 'print'] as const);
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UserError('invalidArguments', { problem: 'geef met --out aan waar het bestand moet komen' });
  if (values['omit-without-consent'] && values['allow-without-consent']) {
    throw new UserError('invalidArguments', { problem: 'kies --omit-without-consent of --allow-without-consent, niet allebei' });
  }
  const data = withProject(positionals[0]!, (store) => store.exportData(), { readOnly: true });
  const progress = progressLine(io, format);
  const result = await exportPublication(data, {
    format,
    edition,
    template: typeof values.template === 'string' ? values.template : undefined,
    comments: values['no-comments'] !== true,
    withoutConsent: values['omit-without-consent'] ? 'omit' : values['allow-without-consent'] ? 'include' : 'refuse',
    locale: io.locale,
    onProgress: progress,
  });
  progress(1, 1);
  writeAtomically(out, result.bytes);
  const notes = [...result.problems.map((p) => `${p.chapterTitle}: ${p.message}`), ...result.notes];
  if (values.json) return printJson(io, { out, bytes: result.bytes.length, problems: result.problems, notes: result.notes });
  for (const note of notes) io.err(`bundel export: ${note}\n`);
  io.out(`${out}\n`);
}

function oneOf<T extends string>(flag: string, value: string | boolean | undefined, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError('invalidArguments', { problem: `${flag} moet een van deze zijn: ${allowed.join(', ')}` });
}

/** On a terminal, one line on stderr that counts the chapters; elsewhere quiet. */
function progressLine(io: Io, format: ExportFormat): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = '';
  return (done, total) => {
    const line = done >= total ? '' : `${format.toUpperCase()}: ${done} van ${total} hoofdstukken…`;
    if (line === last) return;
    io.err(`\r${line.padEnd(last.length)}${done >= total ? '\r' : ''}`);
    last = line;
  };
}
