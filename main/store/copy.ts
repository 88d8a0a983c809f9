/**
 * A copy of a project file, changed before anyone sees it: SQLite writes a
 * consistent copy of the source (also while it is open elsewhere) into a
 * temporary file next to the target; `prepare` changes the copy; then it is
 * synced and moved into place in one step, as a new project is. A crash
 * leaves either no file at `out` or a complete, prepared one.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/index.js';
import { exists, moveIntoPlace, syncDirectory, syncFile } from './create.js';
import { toUserError } from './errors.js';
import { openProject } from './open.js';
import type { ProjectStore } from './types.js';

export function copyProject(source: string, out: string, prepare: (copy: ProjectStore) => void): void {
  if (exists(out)) throw new UserError('fileExists', { path: out });
  if (!exists(dirname(out))) throw new UserError('fileNotFound', { path: dirname(out) });
  // Judges the source as any open does: a foreign, damaged or newer file is refused here.
  openProject(source, { readOnly: true }).close();
  const temp = join(dirname(out), `.${basename(out)}.${randomUUID()}.tmp`);
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      db.prepare('VACUUM INTO ?').run(temp);
    } finally {
      db.close();
    }
    const copy = openProject(temp);
    try {
      prepare(copy);
    } finally {
      copy.close();
    }
    syncFile(temp);
    moveIntoPlace(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
    throw toUserError(error, out);
  }
  syncDirectory(dirname(out));
}
