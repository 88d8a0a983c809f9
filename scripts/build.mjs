// Builds what runs in Node and Electron from main/ into dist/main/ with esbuild,
// then the React renderer into dist/renderer/ with vite (vite.config.ts).
// `--main` builds only dist/main (the CLI needs no renderer); `--quiet` prints
// nothing unless something fails. Native modules stay external, and so does
// harfbuzzjs: an ES module with a top-level await, imported at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quiet = process.argv.includes('--quiet');

const entries = {
  cli: 'main/cli/main.ts',
  // What bin/bundel.js reads before it starts an export, without loading the CLI.
  'v8-pool': 'main/cli/v8-pool.ts',
  // The test bridge: `npm run web -- <file.bundel>`.
  web: 'main/web/main.ts',
  // The desktop app (package.json "main") and its preload. The preload runs
  // sandboxed, where require() knows only 'electron': it must be one bundled CJS file.
  electron: 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  // Exports run in a worker thread of the app and of the test bridge.
  'export-worker': 'main/export/jobs/worker.ts',
};

await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'electron', '@resvg/resvg-js', 'harfbuzzjs', 'sharp'],
  logLevel: quiet ? 'error' : 'info',
});

if (!process.argv.includes('--main')) {
  const { build: buildRenderer } = await import('vite');
  await buildRenderer({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'info' });
}
