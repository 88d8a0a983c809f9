/**
 * File version 3: `status_changes` records every change of a chapter's review
 * status with who made it and when, for the review overview and for merging
 * reviewer copies without repeating a change.
 */
import type { Database } from 'better-sqlite3';

const ddl = `
-- seq orders changes made within the same millisecond.
CREATE TABLE status_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  chapter_id TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX status_changes_chapter ON status_changes (chapter_id, seq);
`;

export function schemaV3(db: Database): void {
  db.exec(ddl);
}
