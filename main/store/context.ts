/** What every repository of one open file shares: the connection and the rules for reading and writing. */
import type { Database } from 'better-sqlite3';
import { UserError } from '../model/index.js';
import { mapSqliteErrors } from './errors.js';

export interface StoreContext {
  readonly db: Database;
  readonly path: string;
  readonly readOnly: boolean;
  /** Runs `fn` in one transaction (a savepoint inside another); refuses on a read-only file. */
  write<T>(fn: () => T): T;
  /** Runs `fn`, turning SQLite's failures into `UserError`s. */
  read<T>(fn: () => T): T;
}

export function storeContext(db: Database, path: string, readOnly: boolean): StoreContext {
  return {
    db,
    path,
    readOnly,
    write<T>(fn: () => T): T {
      if (readOnly) throw new UserError('readOnly', { path });
      // IMMEDIATE takes the write lock up front, so a second writer waits instead of failing mid-way.
      return mapSqliteErrors(path, () => db.transaction(fn).immediate());
    },
    read<T>(fn: () => T): T {
      return mapSqliteErrors(path, fn);
    },
  };
}
