#!/usr/bin/env node
// The `bundel` command: the built CLI in dist/main (npm run build makes it).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// An export runs in a Node whose V8 thread pool fits the machine (main/cli/v8-pool.ts).
const pool = process.argv[2] === 'export' ? require('../dist/main/v8-pool.cjs').v8PoolOptions() : [];
if (pool.length > 0) {
  const run = spawnSync(process.execPath, [...process.execArgv, ...pool, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.signal !== null) process.kill(process.pid, run.signal);
  process.exitCode = run.status ?? 1;
} else {
  require('../dist/main/cli.cjs');
}
