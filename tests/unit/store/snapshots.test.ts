import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText, type RichDoc } from '../../../main/model/index.js';
import { createProject, openProject } from '../../../main/store/index.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

const text = (s: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }] });

describe('chapter snapshots', () => {
  it('takes, lists newest first, and restores — undoably — a chapter as it was', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    const original = store.chapters.get('ch-preface')!;
    const first = store.snapshots.take('ch-preface', 'eerste versie');
    store.chapters.put({ ...original, title: 'Voorwoord 2', byline: 'Door Karim', body: text('Tweede tekst.') });
    const second = store.snapshots.take('ch-preface', 'tweede versie');
    store.chapters.put({ ...original, title: 'Voorwoord 3', body: text('Slottekst.') });
    expect(store.snapshots.list('ch-preface').map((s) => s.label)).toEqual(['tweede versie', 'eerste versie']);
    expect(second).toMatchObject({ chapterId: 'ch-preface', title: 'Voorwoord 2', byline: 'Door Karim' });
    expect(store.snapshots.list('ch-one')).toEqual([]);

    const restored = store.snapshots.restore(first.id);
    expect(restored).toMatchObject({ title: 'Voorwoord', byline: 'Door Eva de Redacteur', body: original.body });
    expect(store.chapters.get('ch-preface')).toEqual(restored);
    // The text it replaced is a snapshot now: the restore can be undone.
    const [undo] = store.snapshots.list('ch-preface');
    expect(undo!.label).toBe('Voor het terugzetten van „eerste versie”');
    expect(plainText(undo!.body)).toBe('Slottekst.');
    store.snapshots.restore(undo!.id);
    expect(store.chapters.get('ch-preface')?.title).toBe('Voorwoord 3');
    // The search index follows a restore.
    expect(store.search('slottekst').map((h) => h.id)).toEqual(['ch-preface']);
    store.close();

    const reopened = openProject(file);
    expect(reopened.snapshots.list('ch-preface')).toHaveLength(4);
    reopened.close();
  });

  it('keeps a long label within bounds when restoring', () => {
    const store = createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
    const snapshot = store.snapshots.take('ch-one', 'x'.repeat(200));
    store.snapshots.restore(snapshot.id);
    expect(store.snapshots.list('ch-one')[0]!.label.length).toBeLessThanOrEqual(200);
    store.close();
  });

  it('says notFound for an unknown chapter or snapshot', () => {
    const store = createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
    expect(userErrorOf(() => store.snapshots.take('nope', 'x')).code).toBe('notFound');
    expect(userErrorOf(() => store.snapshots.restore('nope')).code).toBe('notFound');
    store.close();
  });
});
