/**
 * The e2e tests run the built renderer, so they build it when dist/renderer
 * is missing or older than its sources. Test files run in parallel: a lock
 * directory makes one of them build while the others wait.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../../..');
const output = path.join(root, 'dist/renderer/index.html');
const lock = path.join(root, 'dist/.renderer-build.lock');
const sources = ['renderer', 'main/model', 'main/ipc/contract.ts', 'vite.config.ts'];

function newest(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

function builtAt(): number {
  try {
    return statSync(output).mtimeMs;
  } catch {
    return 0;
  }
}

const stale = () => builtAt() < Math.max(...sources.map((s) => newest(path.join(root, s))));

const lockLifetimeMs = 120_000;

/** A lock left by a run that was killed mid-build would block every later run: past its lifetime it is taken over. */
function clearAbandonedLock(): void {
  try {
    if (Date.now() - statSync(lock).mtimeMs > lockLifetimeMs) rmSync(lock, { recursive: true, force: true });
  } catch {
    // Gone meanwhile: the builder finished.
  }
}

export async function ensureRenderer(): Promise<void> {
  while (stale()) {
    try {
      mkdirSync(lock, { recursive: false });
    } catch {
      // Another test file is building: wait for it, then look again.
      clearAbandonedLock();
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (stale()) await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error' });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
