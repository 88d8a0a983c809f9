/** What every repository of one open file shares: the connection and the rules for reading and writing. */
import type { Database } from 'better-sqlite3';
import { UserError } from '../model/index.js';
import { mapSqliteErrors } from './errors.js';

export interface StoreContext {
  readonly db: Database;
  readonly path: string;
  readonly readOnly: boolean;
  /** Runs `fn` in one transaction (inside another, as part of that one); refuses on a read-only file. */
  write<T>(fn: () => T): T;
  /** Runs `fn`, turning SQLite's failures into `UserError`s. */
  read<T>(fn: () => T): T;
  /** Calls `listener` whenever a transaction of this connection is rolled back: what it wrote is gone. */
  onRollback(listener: () => void): void;
}

export function storeContext(db: Database, path: string, readOnly: boolean): StoreContext {
  const rollbackListeners: (() => void)[] = [];
  return {
    db,
    path,
    readOnly,
    write<T>(fn: () => T): T {
      if (readOnly) throw new UserError('readOnly', { path });
      // Inside a transaction already: no savepoint. A failure still undoes all of the outer one, as
      // nothing catches in between, and a savepoint per record made FTS5 write its pending index out
      // each time — most of the cost of importing thousands of items.
      if (db.inTransaction) return mapSqliteErrors(path, fn);
      // IMMEDIATE takes the write lock up front, so a second writer waits instead of failing mid-way.
      try {
        return mapSqliteErrors(path, () => db.transaction(fn).immediate());
      } catch (error) {
        for (const listener of rollbackListeners) listener();
        throw error;
      }
    },
    read<T>(fn: () => T): T {
      return mapSqliteErrors(path, fn);
    },
    onRollback(listener: () => void): void {
      rollbackListeners.push(listener);
    },
  };
}
