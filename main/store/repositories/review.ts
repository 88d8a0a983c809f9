/** The log of review status changes: who moved which chapter to which status, and when. */
import { z } from 'zod';
import { Author, Id, namedRecordWithId, ReviewStatus, Timestamp, UserError } from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { RecordTable } from '../records.js';
import type { ProjectStore } from '../types.js';

/** One change of a chapter's review status. `author` is null when nobody was known (a command-line change). */
export const StatusChange = z.strictObject({
  id: Id,
  chapterId: Id,
  from: ReviewStatus,
  to: ReviewStatus,
  author: Author.nullable(),
  at: Timestamp,
});
export type StatusChange = z.infer<typeof StatusChange>;

export function statusChangeTable(ctx: StoreContext): RecordTable<StatusChange> {
  return new RecordTable(ctx, {
    table: 'status_changes',
    what: 'statusChange',
    schema: StatusChange,
    orderBy: 'seq',
    columns: { chapter_id: (c) => c.chapterId },
  });
}

export function statusChangeRepository(ctx: StoreContext, table: RecordTable<StatusChange>): ProjectStore['statusChanges'] {
  const onChapter = table.selectWhere('chapter_id = ?');
  return {
    list: () => table.list(),
    get: (id) => table.get(id),
    forChapter: (chapterId) => onChapter(chapterId),
    add: (change) =>
      ctx.write(() => {
        const valid = table.validate(change);
        if (table.get(valid.id)) throw new UserError('invalidRecord', { ...namedRecordWithId(table.what, valid.id), problem: 'exists already' });
        table.upsert(valid);
        return valid;
      }),
  };
}
