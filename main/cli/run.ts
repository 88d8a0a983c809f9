/**
 * The `bundel` command's dispatcher. Exit 0 on success; 1 with one clear line on
 * stderr for something the user can fix (missing file, not a Bundel file, newer
 * version, bad arguments); 2 for an internal error.
 */
import { errorMessage, isUserError, message, type Locale, type MessageKey } from '../model/index.js';
import type { Io } from './io.js';
import * as check from './commands/check.js';
import * as demo from './commands/demo.js';
import * as exporter from './commands/export.js';
import * as importer from './commands/import.js';
import * as info from './commands/info.js';
import * as create from './commands/new.js';
import * as pseudonymiseCommand from './commands/pseudonymise.js';
import * as search from './commands/search.js';
import * as review from './commands/review.js';

interface Command {
  /** The catalogue key of the command's lines in the usage text. */
  usage: MessageKey;
  run(args: string[], io: Io): number | void | Promise<number | void>;
}

const commands: Record<string, Command> = { demo, new: create, info, search, check, export: exporter, review, import: importer, pseudonymise: pseudonymiseCommand };

export function usageText(locale: Locale): string {
  const lines = Object.values(commands).map((c) => `  bundel ${message(locale, c.usage)}`);
  return [message(locale, 'cli.usage.heading'), '', ...lines, ''].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usageText(io.locale));
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    io.err(`bundel: ${message(io.locale, 'cli.unknownCommand', { name, commands: Object.keys(commands).join(', ') })}\n`);
    return 1;
  }
  try {
    return (await command.run(args, io)) ?? 0;
  } catch (error) {
    if (isUserError(error)) {
      io.err(`bundel ${name}: ${errorMessage(io.locale, error)}\n`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`bundel ${name}: ${message(io.locale, 'error.internal', { detail })}\n`);
    if (process.env.BUNDEL_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return 2;
  }
}
