import { build } from 'esbuild';
import path from 'node:path';

/**
 * Bundles a TypeScript entry (a child-process script a test spawns) into a
 * runnable .cjs file under dist/test-scripts/ (inside the repository, so the
 * external native module better-sqlite3 resolves) and returns its path.
 */
export async function bundleScript(entry: string): Promise<string> {
  const outfile = path.resolve('dist/test-scripts', `${path.basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  return outfile;
}
