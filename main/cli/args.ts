/** Argument parsing for the `bundel` command: node's own parseArgs, with usage errors as UserErrors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { keyedProblem, UserError } from '../model/index.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parse(args: string[], options: Options, positionals: string[]): Parsed {
  let parsed: Parsed;
  try {
    const result = parseArgs({ args, options, allowPositionals: true, strict: true });
    parsed = { positionals: result.positionals, values: result.values as Parsed['values'] };
  } catch (error) {
    throw new UserError('invalidArguments', { problem: (error as Error).message });
  }
  if (parsed.positionals.length !== positionals.length) {
    const expected = positionals.map((p) => `<${p}>`).join(' ');
    throw new UserError('invalidArguments', keyedProblem('problem.expectedArguments', { arguments: expected }));
  }
  return parsed;
}
