/**
 * Material items. Their text is indexed for search in the same transaction,
 * or, for a large import, recorded in the search backlog and indexed right
 * after it; an item that a chapter's box still shows cannot be deleted.
 */
import { z } from 'zod';
import {
  Consent,
  EditorialStatus,
  Id,
  kindFieldsText,
  Line,
  MaterialItem,
  MaterialKind,
  namedRecord,
  namedRecordWithId,
  plainText,
  RichDoc,
  UserError,
} from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { parseJson, parseRow, RecordTable } from '../records.js';
import type { SearchBacklog } from '../search-backlog.js';
import type { SearchIndex } from '../search.js';
import type { MaterialSummary, ProjectStore } from '../types.js';

const SummaryRow = z.object({
  id: z.string(),
  kind: MaterialKind,
  title: z.string(),
  workgroup_id: z.string().nullable(),
  session_id: z.string().nullable(),
  contributor_ids: z.string(),
  themes: z.string(),
  consent: Consent,
  editorial_status: EditorialStatus,
  updated_at: z.string(),
});
const StringList = z.array(z.string());
/** The part of a stored item that its text is read from: checked as the item's schema checks it, the rest left unread. */
const BodyRecord = z.object({ id: Id, title: Line(200).min(1), body: RichDoc });

export function materialTable(ctx: StoreContext): RecordTable<MaterialItem> {
  return new RecordTable(ctx, {
    table: 'material',
    what: 'material',
    schema: MaterialItem,
    columns: {
      kind: (m) => m.kind,
      title: (m) => m.title,
      workgroup_id: (m) => m.provenance.workgroupId,
      session_id: (m) => m.provenance.sessionId,
      contributor_ids: (m) => JSON.stringify(m.provenance.contributorIds),
      themes: (m) => JSON.stringify(m.themes),
      consent: (m) => m.consent,
      editorial_status: (m) => m.editorialStatus,
      updated_at: (m) => m.updatedAt,
    },
  });
}

/** What search finds an item by besides its title: its text, its own fields and its themes. */
export function materialSearchText(item: MaterialItem): string {
  return [plainText(item.body), kindFieldsText(item), item.themes.join(', ')].filter(Boolean).join('\n');
}

export function materialRepository(
  ctx: StoreContext,
  table: RecordTable<MaterialItem>,
  index: SearchIndex,
  backlog: SearchBacklog,
): ProjectStore['material'] {
  const db = ctx.db;
  const dataRows = db.prepare<[], { id: string; data: string }>('SELECT id, data FROM material ORDER BY rowid');
  const summaryRows = db.prepare<[]>(
    `SELECT id, kind, title, workgroup_id, session_id, contributor_ids, themes, consent, editorial_status, updated_at
     FROM material ORDER BY rowid`,
  );
  const uses = db.prepare<[], { item_id: string; chapter_id: string }>(
    `SELECT cm.item_id, cm.chapter_id FROM chapter_material AS cm JOIN chapters AS c ON c.id = cm.chapter_id
     ORDER BY c.position, c.rowid`,
  );
  const usedBy = db.prepare<[string], { id: string; title: string }>(
    `SELECT c.id, c.title FROM chapter_material AS cm JOIN chapters AS c ON c.id = cm.chapter_id
     WHERE cm.item_id = ? ORDER BY c.position, c.rowid`,
  );

  const whereUsed = (id: string): { id: string; title: string }[] => ctx.read(() => usedBy.all(id));
  /** A valid item and its search text (or its place in the backlog), in the caller's transaction. */
  const write = (item: MaterialItem, indexLater = false): MaterialItem => {
    table.upsert(item);
    if (indexLater) {
      backlog.add(item.id);
    } else {
      index.put('material', item.id, item.title, [materialSearchText(item)]);
      // An item still waiting (imported, then edited at once) is indexed now: the backlog must not index it again.
      backlog.done(item.id);
    }
    return item;
  };

  return {
    list: () => table.list(),
    get: (id) => table.get(id),
    put: (record) => ctx.write(() => write(table.validate(record))),
    putChecked: (item, options) => ctx.write(() => write(item, options?.indexLater === true)),
    delete: (id) =>
      ctx.write(() => {
        const item = table.require(id);
        const chapters = whereUsed(id);
        if (chapters.length > 0) {
          throw new UserError('inUse', {
            ...namedRecord(table.what),
            title: item.title,
            where: chapters.map((c) => c.title).join(', '),
          });
        }
        table.remove(id);
        index.remove('material', id);
        backlog.done(id);
      }),
    whereUsed,
    bodies: () =>
      ctx.read(() =>
        dataRows.all().map((row) => {
          const named = namedRecordWithId('material', row.id);
          const { id, title, body } = parseRow(BodyRecord, parseJson(row.data, named), named);
          if (id !== row.id) throw new UserError('invalidRecord', { ...named, problem: `data has id ${id}` });
          return { id, title, body };
        }),
      ),
    summaries: () =>
      ctx.read(() => {
        const usedIn = new Map<string, string[]>();
        for (const use of uses.all()) {
          const chapters = usedIn.get(use.item_id);
          if (chapters) chapters.push(use.chapter_id);
          else usedIn.set(use.item_id, [use.chapter_id]);
        }
        return summaryRows.all().map((raw): MaterialSummary => {
          const row = parseRow(SummaryRow, raw, namedRecord('material'));
          const named = namedRecordWithId('material', row.id);
          return {
            id: row.id,
            kind: row.kind,
            title: row.title,
            workgroupId: row.workgroup_id,
            sessionId: row.session_id,
            contributorIds: parseRow(StringList, parseJson(row.contributor_ids, named), named),
            themes: parseRow(StringList, parseJson(row.themes, named), named),
            consent: row.consent,
            editorialStatus: row.editorial_status,
            updatedAt: row.updated_at,
            usedIn: usedIn.get(row.id) ?? [],
          };
        });
      }),
  };
}
