/**
 * Making a new project file. The whole project is written into a temporary
 * file next to the target, which is synced and then moved into place in one
 * step: a crash leaves either no file at `path` or a complete one.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError, type ProjectData } from '../model/index.js';
import { toUserError } from './errors.js';
import { APPLICATION_ID, migrate, migrations } from './migrations.js';
import { openProject } from './open.js';
import { importData, validateProjectData } from './project-data.js';
import { projectStore } from './project-store.js';
import type { ProjectStore } from './types.js';

export function createProject(path: string, data: ProjectData): ProjectStore {
  if (exists(path)) throw new UserError('fileExists', { path });
  if (!exists(dirname(path))) throw new UserError('fileNotFound', { path: dirname(path) });
  const valid = validateProjectData(data);
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    writeNewFile(temp, valid);
    syncFile(temp);
    moveIntoPlace(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw toUserError(error, path);
  }
  syncDirectory(dirname(path));
  return openProject(path);
}

export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function writeNewFile(temp: string, data: ProjectData): void {
  const db = new Database(temp);
  try {
    // Nobody else sees this file until it is complete and synced, so SQLite need not sync on the way.
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, migrations, temp);
    const store = projectStore(db, { path: temp, readOnly: false, close: (d) => d.close() });
    importData(store, data);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Moves without replacing: a hard link fails when `path` appeared meanwhile. */
export function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError('fileExists', { path });
    // File systems without hard links (FAT on a USB stick): rename, having checked above.
    renameSync(temp, path);
    return;
  }
  unlinkSync(temp);
}

/** Makes the new directory entry durable; not every platform can sync a directory, and that is fine. */
export function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory for syncing; NTFS journals the rename itself.
  }
}
