/** Argument parsing for the `bundel` command: node's own parseArgs, with usage errors as UserErrors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { keyedProblem, message, UserError, type ErrorParams, type Locale, type MessageKey } from '../model/index.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** The placeholder of a positional argument, e.g. "bestand" or "file" in "<bestand>". */
export type ArgumentKey = Extract<MessageKey, `cli.argument.${string}`>;

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * Parses `args`, which must have exactly the `positionals`. Their placeholders
 * are said in `locale` right here: the error names them as text, and a
 * reader of the English CLI should see `<file>`, not `<bestand>`.
 */
export function parse(args: string[], options: Options, positionals: readonly ArgumentKey[], locale: Locale): Parsed {
  let parsed: Parsed;
  try {
    const result = parseArgs({ args, options, allowPositionals: true, strict: true });
    parsed = { positionals: result.positionals, values: result.values as Parsed['values'] };
  } catch (error) {
    throw new UserError('invalidArguments', parseProblem(error as NodeJS.ErrnoException));
  }
  if (parsed.positionals.length !== positionals.length) {
    const expected = positionals.map((p) => `<${message(locale, p)}>`).join(' ');
    throw new UserError('invalidArguments', keyedProblem('problem.expectedArguments', { arguments: expected }));
  }
  return parsed;
}

/** What parseArgs refused, as a problem in the reader's language: its own messages are English. */
function parseProblem(error: NodeJS.ErrnoException): ErrorParams {
  const option = /'(-[^' ]+)/u.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return keyedProblem('problem.unknownOption', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return keyedProblem(/argument missing/u.test(error.message) ? 'problem.optionNeedsValue' : 'problem.optionTakesNoValue', { option });
    default:
      return { problem: error.message };
  }
}
