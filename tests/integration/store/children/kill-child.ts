/**
 * Saves forever: each save writes the same counter N into a chapter, the
 * publication, a material item, an image of varying size and the visual that
 * shows it, in one transaction, then prints N. The kill test SIGKILLs it.
 */
import { openProject } from '../../../../main/store/index.js';

const file = process.argv[2]!;
const store = openProject(file);
const current = /^versie (\d+)$/.exec(store.publication.get().subtitle);
let n = current ? Number(current[1]) : 0;
const chapter = store.chapters.get('ch-preface')!;
const item = store.material.get('mat-story')!;
const visual = store.visuals.get('vis-photo')!;
process.stdout.write('started\n');

for (;;) {
  n += 1;
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
  process.stdout.write(`${n}\n`);
}
