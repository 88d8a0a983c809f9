/** Comment threads, each on one chapter. */
import { CommentThread } from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { RecordTable } from '../records.js';
import type { ProjectStore } from '../types.js';
import { simpleRepository } from './simple.js';

export function threadTable(ctx: StoreContext): RecordTable<CommentThread> {
  return new RecordTable(ctx, {
    table: 'threads',
    what: 'comment',
    schema: CommentThread,
    columns: { chapter_id: (t) => t.chapterId },
  });
}

export function threadRepository(ctx: StoreContext, table: RecordTable<CommentThread>): ProjectStore['threads'] {
  const onChapter = table.selectWhere('chapter_id = ?');
  return { ...simpleRepository(ctx, table), forChapter: (chapterId) => onChapter(chapterId) };
}
