// `bundel export --format visuals`: every visual as a poster PDF and a 300 dpi
// image in a folder, plus all posters in one PDF. The folder is made if
// needed; each file is written atomically.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ProjectData } from '../../model/index.js';
import { exportVisuals, type PosterSize } from '../../export/visuals/index.js';
import { writeAtomically } from '../../export/write-atomically.js';
import { printJson, type Io } from '../io.js';
import { progressLine } from '../progress.js';

export interface VisualsArguments {
  readonly out: string;
  readonly size: PosterSize;
  readonly edition: 'screen' | 'print';
  readonly template: string | undefined;
  readonly json: boolean;
}

export async function runVisualsExport(data: ProjectData, args: VisualsArguments, io: Io): Promise<void> {
  const progress = progressLine(io, 'cli.progress.visuals');
  const result = await exportVisuals(data, {
    size: args.size,
    edition: args.edition,
    template: args.template,
    locale: io.locale,
    onProgress: progress,
  });
  progress(1, 1);
  mkdirSync(args.out, { recursive: true });
  const written = result.files.map((file) => {
    const target = path.join(args.out, file.name);
    writeAtomically(target, file.bytes);
    return { path: target, bytes: file.bytes.length };
  });
  if (args.json) return printJson(io, { out: args.out, files: written, notes: result.notes });
  for (const note of result.notes) io.err(`bundel export: ${note}\n`);
  for (const file of written) io.out(`${file.path}\n`);
}
