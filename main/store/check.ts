/** The consistency check: SQLite's own, every record against its schema, every reference. */
import { brokenReferences, newPublication, UserError, type Publication } from '../model/index.js';
import type { StoreContext } from './context.js';
import type { ImageStore } from './images.js';
import type { RecordTable } from './records.js';
import type { CheckReport } from './types.js';
import type { Tables } from './tables.js';

export function checkProject(
  ctx: StoreContext,
  tables: Tables,
  images: ImageStore,
  publication: () => Publication,
): CheckReport {
  const integrity = ctx.read(() => ctx.db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]);
  const invalidRecords: CheckReport['invalidRecords'] = [];
  const valid = <T extends { id: string }>(type: string, table: RecordTable<T>): T[] => {
    const result = table.checkAll();
    for (const { id, problem } of result.invalid) invalidRecords.push({ type, id, problem });
    return result.valid;
  };

  let stored: Publication | null = null;
  try {
    stored = publication();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    invalidRecords.push({ type: 'publication', id: '', problem: String(error.params.problem) });
  }
  const records = {
    workgroups: valid('workgroup', tables.workgroups),
    sessions: valid('session', tables.sessions),
    contributors: valid('contributor', tables.contributors),
    material: valid('material', tables.material),
    chapters: valid('chapter', tables.chapters),
    visuals: valid('visual', tables.visuals),
    threads: valid('thread', tables.threads),
  };
  valid('snapshot', tables.snapshots);
  for (const { id, problem } of images.checkAll()) invalidRecords.push({ type: 'image', id, problem });

  // brokenReferences does not look at the publication; an unreadable one is reported above.
  const broken = brokenReferences({ ...records, publication: stored ?? newPublication('-'), imageHashes: images.hashes() });
  const lines = integrity.map((row) => row.integrity_check);
  return {
    integrity: lines,
    invalidRecords,
    brokenReferences: broken,
    ok: lines.length === 1 && lines[0] === 'ok' && invalidRecords.length === 0 && broken.length === 0,
  };
}
