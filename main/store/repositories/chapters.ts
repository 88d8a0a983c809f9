/**
 * Chapters in reading order. Writing one also records which items its boxes
 * show (for "where used") and re-indexes its text; deleting one takes its
 * comment threads and snapshots with it.
 */
import { z } from 'zod';
import {
  Chapter,
  ChapterKind,
  namedRecord,
  referencedItemIds,
  ReviewStatus,
  UserError,
} from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { parseRow, RecordTable } from '../records.js';
import type { SearchIndex } from '../search.js';
import { bodyText } from '../sections.js';
import type { ChapterSummary, ProjectStore } from '../types.js';

const SummaryRow = z.object({
  id: z.string(),
  kind: ChapterKind,
  title: z.string(),
  byline: z.string(),
  review_status: ReviewStatus,
  updated_at: z.string(),
  words: z.number().int(),
});

export function chapterTable(ctx: StoreContext): RecordTable<Chapter> {
  return new RecordTable(ctx, {
    table: 'chapters',
    what: 'chapter',
    schema: Chapter,
    // The reading position is not part of the record: a new chapter goes last; reorder changes it.
    insertOnly: { position: '(SELECT COALESCE(MAX(position), 0) + 1 FROM chapters)' },
    orderBy: 'position, rowid',
    columns: {
      kind: (c) => c.kind,
      title: (c) => c.title,
      byline: (c) => c.byline,
      review_status: (c) => c.reviewStatus,
      updated_at: (c) => c.updatedAt,
    },
    supplied: ['words'],
    // The chapters being edited: one per open window, and a few the review round or an export reads.
    cache: 8,
  });
}

export function chapterRepository(
  ctx: StoreContext,
  table: RecordTable<Chapter>,
  index: SearchIndex,
): ProjectStore['chapters'] {
  const db = ctx.db;
  const s = {
    ids: db.prepare<[], string>('SELECT id FROM chapters').pluck(),
    setPosition: db.prepare<[number, string]>('UPDATE chapters SET position = ? WHERE id = ?'),
    clearUses: db.prepare<[string]>('DELETE FROM chapter_material WHERE chapter_id = ?'),
    addUse: db.prepare<[string, string]>('INSERT INTO chapter_material (chapter_id, item_id) VALUES (?, ?)'),
    deleteThreads: db.prepare<[string]>('DELETE FROM threads WHERE chapter_id = ?'),
    deleteSnapshots: db.prepare<[string]>('DELETE FROM snapshots WHERE chapter_id = ?'),
    summaries: db.prepare<[]>(
      'SELECT id, kind, title, byline, review_status, updated_at, words FROM chapters ORDER BY position, rowid',
    ),
  };

  return {
    list: () => table.list(),
    get: (id) => table.get(id),
    put: (record) =>
      ctx.write(() => {
        const chapter = table.validate(record);
        const text = bodyText(chapter.body);
        table.upsert(chapter, [text.words]);
        s.clearUses.run(chapter.id);
        for (const itemId of referencedItemIds(chapter.body)) s.addUse.run(chapter.id, itemId);
        // The byline goes with every section, so "author + word" finds the chapter.
        const sections = text.sections.map((text) => (chapter.byline ? `${chapter.byline}\n${text}` : text));
        index.put('chapter', chapter.id, chapter.title, sections);
        return chapter;
      }),
    delete: (id) =>
      ctx.write(() => {
        table.require(id);
        s.deleteThreads.run(id);
        s.deleteSnapshots.run(id);
        s.clearUses.run(id);
        index.remove('chapter', id);
        table.remove(id);
      }),
    reorder: (ids) =>
      ctx.write(() => {
        const existing = new Set(s.ids.all());
        const wanted = new Set(ids);
        if (wanted.size !== ids.length || wanted.size !== existing.size || ids.some((id) => !existing.has(id))) {
          throw new UserError('invalidArguments', { problem: 'the new order must name every chapter exactly once' });
        }
        ids.forEach((id, i) => s.setPosition.run(i + 1, id));
      }),
    summaries: () =>
      ctx.read(() =>
        s.summaries.all().map((raw): ChapterSummary => {
          const row = parseRow(SummaryRow, raw, namedRecord('chapter'));
          return {
            id: row.id,
            kind: row.kind,
            title: row.title,
            byline: row.byline,
            reviewStatus: row.review_status,
            updatedAt: row.updated_at,
            words: row.words,
          };
        }),
      ),
  };
}
