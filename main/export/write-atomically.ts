import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes `bytes` under a temporary name and renames: a failed or interrupted write never leaves half a file under `path`. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
