import { demoProject } from '../../demo/index.js';
import { createProject } from '../../store/index.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const usage = 'demo <uit.bundel>              schrijf het demoproject "Op weg naar samenspel"';

export function run(args: string[], io: Io): void {
  const { positionals } = parse(args, {}, ['uit.bundel']);
  const [out] = positionals as [string];
  createProject(out, demoProject()).close();
  io.out(`${out}\n`);
}
