/**
 * When the write-ahead log is copied into the file. SQLite does it at the
 * commit that grows the log past 1,000 pages, in that commit's time: after an
 * import of thousands of items, the user would wait for the copy too. A large
 * write turns that off for its own commit; the next commit, or the close,
 * copies the log, off the time anyone waits for. Nothing is less safe for it:
 * a committed write is in the synced log either way.
 */
import type { Database } from 'better-sqlite3';

/** SQLite's default: the log is copied at the commit that grows it past this many pages. */
const AUTOCHECKPOINT_PAGES = 1_000;

/** Runs `write` (one transaction) without the automatic checkpoint at its commit. */
export function withoutCheckpoint<T>(db: Database, write: () => T): T {
  // Inside a transaction the outer one commits, and its caller chose.
  if (db.inTransaction) return write();
  db.pragma('wal_autocheckpoint = 0');
  try {
    return write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }
}
