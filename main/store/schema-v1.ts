/**
 * File version 1. Each entity is a table with its id, a few columns that lists
 * and look-ups need without parsing, and the whole record as JSON in `data`
 * (validated with the model's zod schema on every write and read).
 */
import type { Database } from 'better-sqlite3';
import { message, newPublication } from '../model/index.js';

const ddl = `
CREATE TABLE publication (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data TEXT NOT NULL
);
CREATE TABLE workgroups (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE sessions (id TEXT PRIMARY KEY, workgroup_id TEXT, data TEXT NOT NULL);
CREATE TABLE contributors (id TEXT PRIMARY KEY, data TEXT NOT NULL);

CREATE TABLE material (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  workgroup_id TEXT,
  session_id TEXT,
  contributor_ids TEXT NOT NULL,
  themes TEXT NOT NULL,
  consent TEXT NOT NULL,
  editorial_status TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  data TEXT NOT NULL
);

CREATE TABLE chapters (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  byline TEXT NOT NULL,
  review_status TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  words INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX chapters_position ON chapters (position);

-- Which items each chapter's boxes show: kept on every chapter write, for "where used".
CREATE TABLE chapter_material (
  chapter_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (chapter_id, item_id)
) WITHOUT ROWID;
CREATE INDEX chapter_material_item ON chapter_material (item_id);

CREATE TABLE visuals (id TEXT PRIMARY KEY, image_hash TEXT, data TEXT NOT NULL);
CREATE INDEX visuals_image ON visuals (image_hash);

-- Image bytes once per SHA-256 of their content.
CREATE TABLE images (hash TEXT PRIMARY KEY, mime TEXT NOT NULL, bytes BLOB NOT NULL);

CREATE TABLE threads (id TEXT PRIMARY KEY, chapter_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX threads_chapter ON threads (chapter_id);

-- seq orders snapshots taken within the same millisecond.
CREATE TABLE snapshots (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  chapter_id TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX snapshots_chapter ON snapshots (chapter_id, seq);

-- Full-text search: search_docs names the record each row of search_fts is (a part of), and
-- holds a hash of the row's text, so that a save re-indexes only the parts that changed.
CREATE TABLE search_docs (
  rowid INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  ref TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX search_docs_ref ON search_docs (type, ref);
CREATE VIRTUAL TABLE search_fts USING fts5 (
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
-- Hits in a title weigh ten times a hit in the text.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
`;

export function schemaV1(db: Database): void {
  db.exec(ddl);
  // A file always has a publication, so that reading it never has to make one up.
  const publication = newPublication(message('nl', 'store.untitledPublication'));
  db.prepare('INSERT INTO publication (id, data) VALUES (1, ?)').run(JSON.stringify(publication));
}
