/** Workgroups, their sessions and the contributors: plain records. */
import { Contributor, Session, Workgroup } from '../../model/index.js';
import type { StoreContext } from '../context.js';
import { RecordTable } from '../records.js';

export function workgroupTable(ctx: StoreContext): RecordTable<Workgroup> {
  return new RecordTable(ctx, { table: 'workgroups', what: 'workgroup', schema: Workgroup });
}

export function sessionTable(ctx: StoreContext): RecordTable<Session> {
  return new RecordTable(ctx, {
    table: 'sessions',
    what: 'session',
    schema: Session,
    columns: { workgroup_id: (s) => s.workgroupId },
  });
}

export function contributorTable(ctx: StoreContext): RecordTable<Contributor> {
  return new RecordTable(ctx, { table: 'contributors', what: 'contributor', schema: Contributor });
}
