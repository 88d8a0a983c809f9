/**
 * File version 2: `settings`, small per-file values as JSON under a key (what
 * the project remembers besides its records).
 */
import type { Database } from 'better-sqlite3';

export function schemaV2(db: Database): void {
  db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, data TEXT NOT NULL);');
}
