/**
 * The one place where SQLite's failures become errors a user can act on. Codes
 * are better-sqlite3's extended result codes, e.g. `SQLITE_READONLY_DBMOVED`.
 */
import Database from 'better-sqlite3';
import { UserError } from '../model/index.js';

/** Maps an SQLite error to a `UserError`; anything else (including a `UserError`) is returned as it is. */
export function toUserError(error: unknown, path: string): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const code = error.code;
  const detail = `${code}: ${error.message}`;
  if (code.startsWith('SQLITE_READONLY')) return new UserError('readOnly', { path }, detail);
  // A full disk shows as SQLITE_FULL; a file-size limit (EFBIG) as a failed write.
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') return new UserError('diskFull', { path }, detail);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new UserError('locked', { path }, detail);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new UserError('corrupt', { path }, detail);
  return error;
}

/** Runs `fn`, turning SQLite's failures into `UserError`s. */
export function mapSqliteErrors<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toUserError(error, path);
  }
}
