// `npm run bench`: bundles each tests/bench/*.bench.ts with esbuild and runs it
// in its own Node process, so each measures from a cold start. Each bench prints
// its figures next to the targets the issues name.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const only = process.argv[2];
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only));

let failed = 0;
for (const file of benches) {
  const outfile = path.join(root, 'dist/bench', file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(here, file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'playwright-core', 'esbuild', '@resvg/resvg-js', 'harfbuzzjs', 'sharp'],
    logLevel: 'error',
  });
  console.log(`\n== ${file.replace('.bench.ts', '')}`);
  try {
    execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
  } catch {
    failed += 1;
  }
}
if (failed) {
  console.log(`\n${failed} bench(es) missed a target.`);
  process.exitCode = 1;
}
