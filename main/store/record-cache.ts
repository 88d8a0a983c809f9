/**
 * The records of one table last read or written through this connection,
 * validated, a few at a time: a chapter of 20,000 words is read and
 * written again once a second while someone types, and parsing and checking
 * its 240 KB of JSON each time was a fifth of a save. An entry goes when a
 * transaction of this connection rolls back (it may hold what was undone) and
 * every entry goes when another connection has committed to the file since the
 * last look (SQLite's `data_version` says so).
 */
import { freezeShared } from '../model/index.js';
import type { StoreContext } from './context.js';

export class RecordCache<T extends { id: string }> {
  /** In order of use, the least recently used first. */
  private readonly entries = new Map<string, T>();
  private readonly dataVersion: () => unknown;
  private seenVersion: unknown;

  constructor(
    ctx: StoreContext,
    private readonly capacity: number,
  ) {
    const pragma = ctx.db.prepare('PRAGMA data_version').pluck();
    this.dataVersion = () => pragma.get();
    this.seenVersion = this.dataVersion();
    ctx.onRollback(() => this.entries.clear());
  }

  get(id: string): T | undefined {
    const version = this.dataVersion();
    if (version !== this.seenVersion) {
      this.seenVersion = version;
      this.entries.clear();
    }
    const record = this.entries.get(id);
    if (record) this.touch(id, record);
    return record;
  }

  /** Keeps `record`: callers share it, so no one may change it (see freezeShared). */
  set(record: T): void {
    this.touch(record.id, freezeShared(record));
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  private touch(id: string, record: T): void {
    this.entries.delete(id);
    this.entries.set(id, record);
  }
}
