/**
 * Chapter snapshots: the title, byline and body of a chapter at a moment, to
 * go back to. Restoring first snapshots the current state, so it can be undone.
 */
import { ChapterSnapshot, message, newId, now, type Chapter } from '../model/index.js';
import type { StoreContext } from './context.js';
import { RecordTable } from './records.js';
import type { ProjectStore } from './types.js';

/** The longest label a snapshot may have (the model's limit). */
const LABEL_MAX = 200;

export function snapshotTable(ctx: StoreContext): RecordTable<ChapterSnapshot> {
  return new RecordTable(ctx, {
    table: 'snapshots',
    what: 'snapshot',
    schema: ChapterSnapshot,
    // seq grows with every snapshot: newest first even within one millisecond.
    orderBy: 'seq DESC',
    columns: { chapter_id: (s) => s.chapterId },
  });
}

export function snapshotRepository(
  ctx: StoreContext,
  table: RecordTable<ChapterSnapshot>,
  chapters: ProjectStore['chapters'],
  chapterTable: RecordTable<Chapter>,
): ProjectStore['snapshots'] {
  const ofChapter = table.selectWhere('chapter_id = ?');

  const take = (chapterId: string, label: string): ChapterSnapshot =>
    ctx.write(() => {
      const chapter = chapterTable.require(chapterId);
      const snapshot = table.validate({
        id: newId(),
        chapterId,
        label,
        takenAt: now(),
        title: chapter.title,
        byline: chapter.byline,
        body: chapter.body,
      });
      table.upsert(snapshot);
      return snapshot;
    });

  return {
    take,
    list: (chapterId) => ofChapter(chapterId),
    restore: (snapshotId) =>
      ctx.write(() => {
        const snapshot = table.require(snapshotId);
        const current = chapterTable.require(snapshot.chapterId);
        const room = LABEL_MAX - message('nl', 'store.beforeRestore', { label: '' }).length;
        take(current.id, message('nl', 'store.beforeRestore', { label: snapshot.label.slice(0, room) }));
        return chapters.put({
          ...current,
          title: snapshot.title,
          byline: snapshot.byline,
          body: snapshot.body,
          updatedAt: now(),
        });
      }),
  };
}
