/** Helpers for tests of the project file: scratch folders, file hashes, side files. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-store-'));
  made.push(dir);
  return dir;
}

export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Which of SQLite's side files exist next to `file`. */
export function sideFiles(file: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(file + suffix));
}
