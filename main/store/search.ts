/**
 * Full-text search over material and chapters with FTS5. The index is written
 * in the same transaction as the record it describes, but for the items of a
 * large import, which are indexed right after it (search-backlog.ts; a search
 * catches up on those first). Diacritics fold in the
 * tokenizer (`remove_diacritics 2`), so reünie and reunie are the same word.
 * A record is indexed in parts (a chapter in sections), each with its title;
 * all words of a query must occur in one part.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { namedRecord, UserError } from '../model/index.js';
import type { StoreContext } from './context.js';
import { parseRow } from './records.js';
import type { SearchHit } from './types.js';

export type SearchType = SearchHit['type'];

const HitRow = z.object({
  type: z.enum(['material', 'chapter']),
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
});

/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error:
 * every word is quoted (so AND, NEAR, * and brackets are just text) and the
 * last word matches as a prefix. Null when there is no word to look for.
 */
export function ftsQuery(input: string): string | null {
  // Letters, digits and combining marks make words, as for the unicode61 tokenizer.
  const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export class SearchIndex {
  private readonly statements;

  constructor(private readonly ctx: StoreContext) {
    const db = ctx.db;
    this.statements = {
      parts: db.prepare<[SearchType, string], { rowid: number; hash: string }>(
        'SELECT rowid, hash FROM search_docs WHERE type = ? AND ref = ?',
      ),
      addPart: db.prepare<[SearchType, string, string]>('INSERT INTO search_docs (type, ref, hash) VALUES (?, ?, ?)'),
      removePart: db.prepare<[number]>('DELETE FROM search_docs WHERE rowid = ?'),
      insert: db.prepare<[number, string, string]>('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)'),
      // better-sqlite3 binds a JS number as REAL, and FTS5 can ignore `rowid = <real>`: cast.
      delete: db.prepare<[number]>('DELETE FROM search_fts WHERE rowid = CAST(? AS INTEGER)'),
      // Best first (FTS5 ranks by the bm25 weights set in the schema). Rows stream in rank order, so
      // snippets are made only for the rows read.
      ranked: db.prepare<[string], { type: SearchType; id: string; title: string; snippet: string }>(
        `SELECT d.type AS type, d.ref AS id, search_fts.title AS title,
                snippet(search_fts, -1, '«', '»', '…', 12) AS snippet
         FROM search_fts JOIN search_docs AS d ON d.rowid = search_fts.rowid
         WHERE search_fts MATCH ? ORDER BY rank`,
      ),
    };
  }

  /**
   * Indexes (or re-indexes) one record as a title and one or more parts of
   * text; only parts that changed are written. Call inside the transaction
   * that writes the record.
   */
  put(type: SearchType, ref: string, title: string, parts: string[]): void {
    const stale = new Map<string, number[]>();
    for (const part of this.statements.parts.all(type, ref)) {
      const rowids = stale.get(part.hash);
      if (rowids) rowids.push(part.rowid);
      else stale.set(part.hash, [part.rowid]);
    }
    for (const body of parts) {
      const hash = createHash('sha1').update(title).update('\0').update(body).digest('hex');
      const kept = stale.get(hash);
      if (kept && kept.length > 0) {
        kept.pop();
        continue;
      }
      const rowid = Number(this.statements.addPart.run(type, ref, hash).lastInsertRowid);
      this.statements.insert.run(rowid, title, body);
    }
    for (const rowids of stale.values()) for (const rowid of rowids) this.removeRow(rowid);
  }

  remove(type: SearchType, ref: string): void {
    for (const part of this.statements.parts.all(type, ref)) this.removeRow(part.rowid);
  }

  search(query: string, limit = 20): SearchHit[] {
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new UserError('invalidArguments', { problem: `limit must be a whole number from 1 to 1000, not ${limit}` });
    }
    const match = ftsQuery(query);
    if (match === null) return [];
    return this.ctx.read(() => {
      // A record's best part stands for it.
      const hits = new Map<string, SearchHit>();
      for (const row of this.statements.ranked.iterate(match)) {
        const key = `${row.type}:${row.id}`;
        if (hits.has(key)) continue;
        const hit = parseRow(HitRow, row, namedRecord('searchIndex'));
        // Blocks are separate lines in the index; a snippet reads as one line.
        hits.set(key, { ...hit, snippet: hit.snippet.replace(/\s+/g, ' ').trim() });
        if (hits.size === limit) break;
      }
      return [...hits.values()];
    });
  }

  private removeRow(rowid: number): void {
    this.statements.delete.run(rowid);
    this.statements.removePart.run(rowid);
  }
}
