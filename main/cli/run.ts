/**
 * The `bundel` command's dispatcher. Exit 0 on success; 1 with one clear line on
 * stderr for something the user can fix (missing file, not a Bundel file, newer
 * version, bad arguments); 2 for an internal error.
 */
import { errorMessage, isUserError, message, type Locale, type MessageKey } from '../model/index.js';
import type { Io } from './io.js';

interface Command {
  /** The catalogue key of the command's lines in the usage text. */
  usage: MessageKey;
  /**
   * The command's module, loaded when it runs: evaluating every command's code
   * (the PDF and Word writers, the importers, their fonts and patterns) took
   * `bundel --help` and `bundel info` half a second before they began.
   */
  load(): Promise<{ run(args: string[], io: Io): number | void | Promise<number | void> }>;
}

const commands: Record<string, Command> = {
  demo: { usage: 'cli.usage.demo', load: () => import('./commands/demo.js') },
  new: { usage: 'cli.usage.new', load: () => import('./commands/new.js') },
  info: { usage: 'cli.usage.info', load: () => import('./commands/info.js') },
  search: { usage: 'cli.usage.search', load: () => import('./commands/search.js') },
  check: { usage: 'cli.usage.check', load: () => import('./commands/check.js') },
  export: { usage: 'cli.usage.export', load: () => import('./commands/export.js') },
  review: { usage: 'cli.usage.review', load: () => import('./commands/review.js') },
  import: { usage: 'cli.usage.import', load: () => import('./commands/import.js') },
  pseudonymise: { usage: 'cli.usage.pseudonymise', load: () => import('./commands/pseudonymise.js') },
};

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
    return (await (await command.load()).run(args, io)) ?? 0;
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
