/**
 * One save of the kill test: the same counter N written into a chapter, the
 * publication, a material item, an image of varying size and the visual that
 * shows it, in one transaction. The child saves with it in a loop; the test
 * makes the file's first state with it (N = 0), so every state agrees.
 */
import type { ProjectStore } from '../../../../main/store/index.js';

export function saveCounter(store: ProjectStore, n: number): void {
  const chapter = store.chapters.get('ch-preface')!;
  const item = store.material.get('mat-story')!;
  const visual = store.visuals.get('vis-photo')!;
  const label = `versie ${n}`;
  const size = 1_000 + Math.floor(Math.random() * 300_000);
  const bytes = new Uint8Array(size).fill(n % 251);
  bytes.set(new TextEncoder().encode(`${label}\n`));
  store.transaction(() => {
    store.chapters.put({ ...chapter, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: label }] }] } });
    store.publication.put({ ...store.publication.get(), subtitle: label });
    store.material.put({ ...item, title: label });
    const hash = store.images.put(bytes, 'image/png');
    store.visuals.put({ ...visual, title: label, source: { type: 'image', hash, mime: 'image/png', width: 1, height: 1 } });
  });
}
