/**
 * File version 4: `search_pending`, the material items written without their
 * text in the search index yet. A large import commits its items with a row
 * here each instead of indexing them in its own transaction; the items are
 * indexed in transactions of their own right after, and a search or an open
 * catches up on whatever a crash left here first. So the rows are a recorded
 * state of the file, not a half-written one.
 */
import type { Database } from 'better-sqlite3';

export function schemaV4(db: Database): void {
  db.exec('CREATE TABLE search_pending (item_id TEXT PRIMARY KEY) WITHOUT ROWID;');
}
