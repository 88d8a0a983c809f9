/**
 * What the text's kaders and figures show, fetched from the project and kept
 * live: NodeViews subscribe, and after every write (`refresh`) the records are
 * read again, so an item edited in the library changes in every chapter that
 * shows it. NodeViews are plain DOM, outside React; this is their bridge.
 */
import type { MessageKey, MaterialItem, Visual } from '../../main/model/index.js';
import type { Client } from '../api/client.js';

/** What NodeViews need from the app: words, and ways to act on a click. */
export interface ReferenceEnv {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  lbl(vocabulary: string, code: string): string;
  openItem(id: string): void;
  editBox(pos: number, itemIds: string[]): void;
}

type Entry<T> = { state: 'loading' } | { state: 'found'; value: T } | { state: 'missing' };

export class References {
  private readonly items = new Map<string, Entry<MaterialItem>>();
  private readonly visuals = new Map<string, Entry<Visual>>();
  private readonly listeners = new Set<(all: boolean) => void>();

  constructor(
    private readonly client: Client,
    public env: ReferenceEnv,
  ) {}

  item(id: string): Entry<MaterialItem> {
    return this.lookup(this.items, id, () => this.client.material.get({ id }));
  }

  visual(id: string): Entry<Visual> {
    return this.lookup(this.visuals, id, () => this.client.visuals.get({ id }));
  }

  imageUrl(hash: string): string {
    return this.client.imageUrl(hash);
  }

  /**
   * Reads every known record again (after any write: it may have changed an
   * item a kader shows). A record that comes back unchanged keeps its entry,
   * so the views that show it see nothing new and do not redraw.
   */
  refresh(): void {
    for (const id of this.items.keys()) this.fetch(this.items, id, () => this.client.material.get({ id }));
    for (const id of this.visuals.keys()) this.fetch(this.visuals, id, () => this.client.visuals.get({ id }));
  }

  /**
   * Tells the views that entries may have changed; each redraws only if an
   * entry it shows is a new one. `all` redraws every view, e.g. after the
   * language changed.
   */
  notify(all = false): void {
    this.listeners.forEach((fn) => fn(all));
  }

  subscribe(fn: (all: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private lookup<T>(cache: Map<string, Entry<T>>, id: string, read: () => Promise<T | null>): Entry<T> {
    const known = cache.get(id);
    if (known) return known;
    const loading: Entry<T> = { state: 'loading' };
    cache.set(id, loading);
    this.fetch(cache, id, read);
    return loading;
  }

  private fetch<T>(cache: Map<string, Entry<T>>, id: string, read: () => Promise<T | null>): void {
    const store = (next: Entry<T>) => {
      const known = cache.get(id);
      if (known && sameEntry(known, next)) return;
      cache.set(id, next);
      this.scheduleNotify();
    };
    read()
      .then((value) => store(value ? { state: 'found', value } : { state: 'missing' }))
      .catch(() => store({ state: 'missing' }));
  }

  private notifyScheduled = false;

  /** Answers arriving together (a refresh, a chapter's first drawing) redraw once. */
  private scheduleNotify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setTimeout(() => {
      this.notifyScheduled = false;
      this.notify();
    }, 0);
  }
}

function sameEntry<T>(a: Entry<T>, b: Entry<T>): boolean {
  if (a.state !== b.state) return false;
  if (a.state !== 'found' || b.state !== 'found') return true;
  return JSON.stringify(a.value) === JSON.stringify(b.value);
}
