import { emptyProject, keyedProblem, UserError } from '../../model/index.js';
import { createProject } from '../../store/index.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export function run(args: string[], io: Io): void {
  const { positionals, values } = parse(args, { title: { type: 'string' } }, ['cli.argument.outFile'], io.locale);
  const [out] = positionals as [string];
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  if (!title) throw new UserError('invalidArguments', keyedProblem('problem.titleMissing'));
  createProject(out, emptyProject(title)).close();
  io.out(`${out}\n`);
}
