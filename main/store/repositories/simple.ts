/** A repository whose records need nothing besides their own table. */
import type { StoreContext } from '../context.js';
import type { RecordTable } from '../records.js';
import type { Repository } from '../types.js';

export function simpleRepository<T extends { id: string }>(ctx: StoreContext, table: RecordTable<T>): Repository<T> {
  return {
    list: () => table.list(),
    get: (id) => table.get(id),
    put: (record) =>
      ctx.write(() => {
        const valid = table.validate(record);
        table.upsert(valid);
        return valid;
      }),
    delete: (id) =>
      ctx.write(() => {
        table.require(id);
        table.remove(id);
      }),
  };
}
