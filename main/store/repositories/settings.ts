/** Project settings: JSON values by key. The caller validates what it reads back, since the file is input. */
import { namedRecordWithId } from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { parseJson } from '../records.js';
import type { ProjectStore } from '../types.js';

export function settingsRepository(ctx: StoreContext): ProjectStore['settings'] {
  const db = ctx.db;
  const s = {
    get: db.prepare<[string], string>('SELECT data FROM settings WHERE key = ?').pluck(),
    put: db.prepare<[string, string]>(
      'INSERT INTO settings (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data',
    ),
    remove: db.prepare<[string]>('DELETE FROM settings WHERE key = ?'),
  };
  return {
    get: (key) =>
      ctx.read(() => {
        const data = s.get.get(key);
        return data === undefined ? undefined : parseJson(data, namedRecordWithId('setting', key));
      }),
    put: (key, value) => ctx.write(() => void s.put.run(key, JSON.stringify(value))),
    delete: (key) => ctx.write(() => void s.remove.run(key)),
  };
}
