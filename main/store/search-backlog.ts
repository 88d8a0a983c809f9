/**
 * The material items whose text is not in the search index yet
 * (`search_pending`, see schema-v4). A large import records its items here
 * instead of indexing them in its own transaction, so it returns sooner; they
 * are indexed straight after, a slice at a time in transactions of their own
 * with a turn of the event loop between slices, so the main process stays
 * responsive. A search first indexes whatever is left, so it never misses an
 * item; an open resumes what a crash left, and a close finishes it.
 */
import type { Database } from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { MaterialItem } from '../model/index.js';
import { storeContext, type StoreContext } from './context.js';
import type { RecordTable } from './records.js';
import { materialSearchText, materialTable } from './repositories/material.js';
import { SearchIndex } from './search.js';

/** How long one slice of indexing in the background may hold the thread. */
const SLICE_MS = 40;
/** Ids read per query: a query cannot stay open while the same connection writes. */
const BATCH = 100;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class SearchBacklog {
  private readonly statements;
  private timer: NodeJS.Immediate | null = null;
  private waiters: Waiter[] = [];
  private closed = false;

  constructor(
    private readonly ctx: StoreContext,
    private readonly table: RecordTable<MaterialItem>,
    private readonly index: SearchIndex,
  ) {
    const db = ctx.db;
    this.statements = {
      add: db.prepare<[string]>('INSERT OR IGNORE INTO search_pending (item_id) VALUES (?)'),
      remove: db.prepare<[string]>('DELETE FROM search_pending WHERE item_id = ?'),
      next: db.prepare<[number], string>('SELECT item_id FROM search_pending LIMIT ?').pluck(),
      any: db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM search_pending)').pluck(),
    };
    if (this.pending()) this.schedule();
  }

  /** Records that the item's text is still to be indexed; call in the transaction that writes the item. */
  add(id: string): void {
    this.statements.add.run(id);
    this.schedule();
  }

  /** The item was indexed or deleted by the write it is part of: nothing left to do for it. */
  done(id: string): void {
    this.statements.remove.run(id);
  }

  /** Indexes every item still waiting, now: a search calls this before it reads the index. */
  catchUp(): void {
    if (!this.ctx.readOnly && this.pending()) this.indexUntil(Infinity);
  }

  /** Resolves once nothing is waiting to be indexed; rejects when indexing in the background failed. */
  settled(): Promise<void> {
    if (this.ctx.readOnly || this.closed || (!this.timer && !this.pending())) return Promise.resolve();
    this.schedule();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /**
   * Stops the background work and, on a writable file, finishes it, so a closed file normally has
   * no backlog. When that fails (the file locked by another program, a full disk), the close goes on:
   * what is left stays recorded, and the next open indexes it.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearImmediate(this.timer);
    this.timer = null;
    let failure: unknown = null;
    try {
      this.catchUp();
    } catch (error) {
      failure = error;
    }
    this.settle(failure);
  }

  private pending(): boolean {
    return this.ctx.read(() => this.statements.any.get() === 1);
  }

  private schedule(): void {
    if (this.timer || this.closed || this.ctx.readOnly) return;
    this.timer = setImmediate(() => this.step());
  }

  private step(): void {
    this.timer = null;
    try {
      if (this.indexUntil(performance.now() + SLICE_MS)) this.schedule();
      else this.settle(null);
    } catch (error) {
      // What is left stays recorded: the next search, import or open tries again.
      this.settle(error);
    }
  }

  /** Indexes waiting items in one transaction until `deadline`; returns whether any are left. */
  private indexUntil(deadline: number): boolean {
    return this.ctx.write(() => {
      for (;;) {
        const ids = this.statements.next.all(BATCH);
        if (ids.length === 0) return false;
        for (const id of ids) {
          const item = this.table.get(id);
          if (item) this.index.put('material', id, item.title, [materialSearchText(item)]);
          this.statements.remove.run(id);
        }
        if (performance.now() >= deadline) return this.statements.any.get() === 1;
      }
    });
  }

  private settle(error: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      if (error === null) waiter.resolve();
      else waiter.reject(error);
    }
  }
}

/**
 * Indexes the backlog of a file opened read-only into a copy in memory: such a
 * store never writes, yet its searches must find every item.
 */
export function catchUpInMemory(db: Database, path: string): void {
  const ctx = storeContext(db, path, false);
  const backlog = new SearchBacklog(ctx, materialTable(ctx), new SearchIndex(ctx));
  try {
    // Here a failure must be heard: the store would search without the items.
    backlog.catchUp();
  } finally {
    backlog.close();
  }
}

/** Whether the file has items waiting to be indexed (a file older than version 4 has no backlog). */
export function hasBacklog(db: Database): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_pending'").get();
  return table !== undefined && db.prepare('SELECT EXISTS (SELECT 1 FROM search_pending)').pluck().get() === 1;
}
