import { keyedProblem, UserError } from '../../model/index.js';
import { exportFormats, exportPublication } from '../../export/publication.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { progressLine } from '../progress.js';
import { withProject } from '../project.js';
import { writeAtomically } from '../../export/write-atomically.js';
import { posterSizes } from '../../export/visuals/index.js';
import { runVisualsExport } from './export-visuals.js';

export async function run(args: string[], io: Io): Promise<void> {
  const { positionals, values } = parse(
    args,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      edition: { type: 'string' },
      template: { type: 'string' },
      size: { type: 'string' },
      comments: { type: 'boolean' },
      'no-comments': { type: 'boolean' },
      'omit-without-consent': { type: 'boolean' },
      'allow-without-consent': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    ['cli.argument.file'],
    io.locale,
  );
  const format = oneOf('--format', values.format, [...exportFormats, 'visuals'] as const);
  const edition = values.edition === undefined ? 'screen' : oneOf('--edition', values.edition, ['screen', 'print'] as const);
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UserError('invalidArguments', keyedProblem('problem.outMissing'));
  if (values['omit-without-consent'] && values['allow-without-consent']) {
    throw new UserError('invalidArguments', keyedProblem('problem.consentBoth'));
  }
  const template = typeof values.template === 'string' ? values.template : undefined;
  if (format === 'visuals') {
    const size = values.size === undefined ? 'a3' : oneOf('--size', values.size, posterSizes);
    const data = withProject(positionals[0]!, (store) => store.exportData(), { readOnly: true });
    return runVisualsExport(data, { out, size, edition, template, json: values.json === true }, io);
  }
  const data = withProject(positionals[0]!, (store) => store.exportData(), { readOnly: true });
  const progress = progressLine(io, 'cli.progress.chapters', { format: format.toUpperCase() });
  const result = await exportPublication(data, {
    format,
    edition,
    template,
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
  throw new UserError('invalidArguments', keyedProblem('problem.oneOf', { flag, allowed: allowed.join(', ') }));
}
