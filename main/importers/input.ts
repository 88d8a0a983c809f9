/**
 * Reading a file a user brings in: it is untrusted, so its size is judged
 * before a byte is read, and every refusal is a UserError naming the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../model/index.js';

/** Larger than any Word document or list of material we expect, small enough to read into memory safely. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The file's bytes, or `fileNotFound` / `importTooLarge` without reading it. */
export function readInput(path: string, limit = MAX_FILE_BYTES): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UserError('fileNotFound', { path }, 'not a regular file');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('fileNotFound', { path });
    throw error;
  }
  if (size > limit) {
    throw new UserError('importTooLarge', { path, size: megabytes(size), limit: megabytes(limit) }, `${size} bytes`);
  }
  return readFileSync(path);
}
