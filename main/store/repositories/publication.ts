/** The publication's metadata: the single row of its table. */
import { namedRecord, Publication, UserError } from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { describeIssues, parseJson } from '../records.js';

export interface PublicationRepository {
  get(): Publication;
  put(publication: Publication): Publication;
}

/** How errors name the record. */
const named = namedRecord('publication');

export function publicationRepository(ctx: StoreContext): PublicationRepository {
  const select = ctx.db.prepare<[], string>('SELECT data FROM publication WHERE id = 1').pluck();
  const upsert = ctx.db.prepare<[string]>(
    'INSERT INTO publication (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
  );
  const validate = (record: unknown): Publication => {
    const result = Publication.safeParse(record);
    if (!result.success) throw new UserError('invalidRecord', { ...named, problem: describeIssues(result.error) });
    return result.data;
  };
  return {
    get: () =>
      ctx.read(() => {
        const data = select.get();
        if (data === undefined) throw new UserError('invalidRecord', { ...named, problem: 'missing' });
        return validate(parseJson(data, named));
      }),
    put: (publication) =>
      ctx.write(() => {
        const valid = validate(publication);
        upsert.run(JSON.stringify(valid));
        return valid;
      }),
  };
}
