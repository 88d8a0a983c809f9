/**
 * `npm run web -- <file.bundel> [--read-only] [--port N]`: opens a project
 * with the real store and serves the built renderer and the contract on
 * 127.0.0.1. The first line printed is the address to open, token included,
 * so that scripts and tests can read it.
 */
import path from 'node:path';
import { Language } from '../ipc/language.js';
import { errorMessage, isUserError, localeFromEnvironment } from '../model/index.js';
import { openProject } from '../store/index.js';
import { startBridge } from './server.js';
import { bridgeExports } from './exports.js';
import { bridgeReviewCopies } from './review-copies.js';

interface Arguments {
  file: string;
  readOnly: boolean;
  port: number;
}

function parseArguments(argv: string[]): Arguments | null {
  let file: string | undefined;
  let readOnly = false;
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--read-only') readOnly = true;
    else if (arg === '--port') port = Number(argv[++i]);
    else if (!arg.startsWith('--') && file === undefined) file = arg;
    else return null;
  }
  if (file === undefined || !Number.isInteger(port) || port < 0 || port > 65535) return null;
  return { file: path.resolve(file), readOnly, port };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  if (!args) {
    process.stderr.write('usage: npm run web -- <file.bundel> [--read-only] [--port N]\n');
    process.exitCode = 2;
    return;
  }
  // The build puts this script in dist/main and the renderer in dist/renderer.
  const rendererRoot = path.resolve(path.dirname(process.argv[1] ?? '.'), '..', 'renderer');
  const store = openProject(args.file, { readOnly: args.readOnly });
  const bridge = await startBridge({
    store,
    rendererRoot,
    port: args.port,
    language: new Language(localeFromEnvironment(process.env) ?? 'nl'),
    exports: bridgeExports(store.path),
    reviewCopies: bridgeReviewCopies(store.path),
  });
  process.stdout.write(`${bridge.url}\n`);

  const stop = (): void => {
    bridge.close().finally(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (isUserError(error)) process.stderr.write(`${errorMessage('nl', error)}\n`);
  else process.stderr.write(`bundel web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
