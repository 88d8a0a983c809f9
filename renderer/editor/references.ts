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
  private readonly listeners = new Set<() => void>();

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

  /** Reads every known record again, then redraws. */
  refresh(): void {
    for (const id of this.items.keys()) this.fetch(this.items, id, () => this.client.material.get({ id }));
    for (const id of this.visuals.keys()) this.fetch(this.visuals, id, () => this.client.visuals.get({ id }));
  }

  /** Redraws without reading, e.g. after the language changed. */
  notify(): void {
    this.listeners.forEach((fn) => fn());
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private lookup<T>(cache: Map<string, Entry<T>>, id: string, read: () => Promise<T | null>): Entry<T> {
    const known = cache.get(id);
    if (known) return known;
    cache.set(id, { state: 'loading' });
    this.fetch(cache, id, read);
    return { state: 'loading' };
  }

  private fetch<T>(cache: Map<string, Entry<T>>, id: string, read: () => Promise<T | null>): void {
    read()
      .then((value) => cache.set(id, value ? { state: 'found', value } : { state: 'missing' }))
      .catch(() => cache.set(id, { state: 'missing' }))
      .finally(() => this.notify());
  }
}
