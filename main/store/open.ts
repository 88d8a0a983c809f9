/**
 * Opening a project file. The file is judged before it is written to: first
 * its header is read by hand, then SQLite reads it read-only and checks it;
 * only a sound Bundel file of this version or older is opened for writing. So
 * a foreign, cut-off, damaged or newer file is refused and left byte for byte
 * as it was.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../model/index.js';
import { toUserError } from './errors.js';
import { isComplete, parseHeader, readHeaderBytes } from './header.js';
import { APPLICATION_ID, CURRENT_VERSION, fileVersion, migrate, migrations } from './migrations.js';
import { projectStore } from './project-store.js';
import { catchUpInMemory, hasBacklog } from './search-backlog.js';
import type { ProjectStore } from './types.js';

export interface OpenOptions {
  /** Open for reading only, even when the file could be written. */
  readOnly?: boolean;
}

/** How long a write waits for another program that is writing the same file. */
const BUSY_TIMEOUT_MS = 2_000;

export function openProject(path: string, options: OpenOptions = {}): ProjectStore {
  const size = fileSize(path);
  judgeHeader(path, size);
  const version = inspect(path);
  const readOnly = options.readOnly === true || !canWrite(path);
  return readOnly ? openForReading(path, version) : openForWriting(path);
}

function fileSize(path: string): number {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UserError('notABundel', { path }, 'not a regular file');
    return stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('fileNotFound', { path });
    throw error;
  }
}

/** Refuses what the first 100 bytes already show to be foreign, cut off, damaged or too new. */
function judgeHeader(path: string, size: number): void {
  const verdict = parseHeader(readHeaderBytes(path));
  if (verdict.kind === 'foreign') throw new UserError('notABundel', { path }, 'no SQLite header');
  if (verdict.kind === 'truncated') throw new UserError('truncated', { path }, `only ${size} bytes`);
  if (verdict.kind === 'corrupt') throw new UserError('corrupt', { path }, verdict.problem);
  const { header } = verdict;
  if (header.applicationId !== APPLICATION_ID) {
    throw new UserError('notABundel', { path }, `application_id ${header.applicationId.toString(16)}`);
  }
  if (header.userVersion > CURRENT_VERSION) {
    throw new UserError('newerVersion', { path, found: header.userVersion, supported: CURRENT_VERSION });
  }
  // With a write-ahead log left by a crash, the main file may lag its header until the log is replayed.
  if (!hasPendingLog(path) && !isComplete(header, size)) {
    throw new UserError('truncated', { path }, `${size} bytes, header promises ${header.pageCount} pages of ${header.pageSize}`);
  }
}

function hasPendingLog(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** Reads the file without writing to it: our id, its version, and SQLite's quick check. Returns the version. */
function inspect(path: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new UserError('notABundel', { path });
    const version = fileVersion(db);
    if (version > CURRENT_VERSION) throw new UserError('newerVersion', { path, found: version, supported: CURRENT_VERSION });
    const problems = (db.pragma('quick_check', { simple: false }) as { quick_check: string }[]).map((r) => r.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new UserError('corrupt', { path }, problems.slice(0, 5).join('; '));
    }
    return version;
  } catch (error) {
    throw toUserError(error, path);
  } finally {
    db?.close();
  }
}

/** Whether SQLite may write the file and make its journal next to it. */
function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function openForWriting(path: string): ProjectStore {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    migrate(db, migrations, path);
    // While open: a write-ahead log, synced at every commit, so a save is quick and survives a crash.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    return projectStore(db, { path, readOnly: false, close: closeFile });
  } catch (error) {
    db?.close();
    throw toUserError(error, path);
  }
}

/**
 * A read-only file of an older version is migrated in memory: it can be read
 * (never saved) without changing it. So is one that a crash left with items
 * waiting to be indexed, so that its searches find them.
 */
function openForReading(path: string, version: number): ProjectStore {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const backlog = hasBacklog(db);
    if (version < CURRENT_VERSION || backlog) {
      const copy = memoryCopy(db);
      db.close();
      db = copy;
      migrate(db, migrations, path);
      if (backlog) catchUpInMemory(db, path);
    }
    return projectStore(db, { path, readOnly: true, close: (d) => d.close() });
  } catch (error) {
    db?.close();
    throw toUserError(error, path);
  }
}

/**
 * The file as a database in memory. A file left open by a crash says in its
 * header (bytes 18 and 19) that it has a write-ahead log, and SQLite cannot
 * open a copy in memory that says so: the copy is marked as what it is, a
 * database without one.
 */
function memoryCopy(db: Database.Database): Database.Database {
  const bytes = db.serialize();
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes);
}

/**
 * Leaves a closed file complete on its own: the log is copied into it and the
 * file goes back to a rollback journal, so no -wal or -shm file is needed to
 * copy it. When another program still has the file open, the log stays for it.
 */
function closeFile(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    const mapped = toUserError(error, db.name);
    if (!(mapped instanceof UserError && mapped.code === 'locked')) {
      db.close();
      throw mapped;
    }
  }
  db.close();
}
