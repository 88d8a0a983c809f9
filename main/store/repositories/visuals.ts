/**
 * Visuals. One that shows an image needs the image's bytes in the file; when a
 * visual stops using an image (deleted or pointed elsewhere) and no other
 * visual uses it, the bytes go too.
 */
import { namedRecordWithId, UserError, Visual } from '../../model/index.js';
import type { StoreContext } from '../context.js';
import type { ImageStore } from '../images.js';
import { RecordTable } from '../records.js';
import type { Repository } from '../types.js';

const imageHash = (visual: Visual): string | null => (visual.source.type === 'image' ? visual.source.hash : null);

export function visualTable(ctx: StoreContext): RecordTable<Visual> {
  return new RecordTable(ctx, {
    table: 'visuals',
    what: 'visual',
    schema: Visual,
    columns: { image_hash: imageHash },
  });
}

export function visualRepository(ctx: StoreContext, table: RecordTable<Visual>, images: ImageStore): Repository<Visual> {
  return {
    list: () => table.list(),
    get: (id) => table.get(id),
    put: (record) =>
      ctx.write(() => {
        const visual = table.validate(record);
        const hash = imageHash(visual);
        if (hash !== null && !images.has(hash)) {
          throw new UserError('invalidRecord', {
            ...namedRecordWithId(table.what, visual.id),
            problem: `image ${hash} is not in the project; store its bytes first`,
          });
        }
        const before = table.get(visual.id);
        table.upsert(visual);
        const old = before && imageHash(before);
        if (old && old !== hash) images.collect(old);
        return visual;
      }),
    delete: (id) =>
      ctx.write(() => {
        const visual = table.require(id);
        table.remove(id);
        const hash = imageHash(visual);
        if (hash !== null) images.collect(hash);
      }),
  };
}
