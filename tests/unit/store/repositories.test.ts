import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage, type Chapter, type MaterialItem, type RichDoc } from '../../../main/model/index.js';
import { createProject, openProject, type ProjectStore } from '../../../main/store/index.js';
import { sampleProject, sha256, tinyPng } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

function sampleStore(): ProjectStore {
  return createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
}

const boxDoc = (...itemIds: string[]): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kader:' }] }, { type: 'material_box', attrs: { itemIds } }],
});

describe('repositories', () => {
  it('put, get, list and delete records of every plain kind', () => {
    const store = sampleStore();
    const workgroup = { id: 'wg-2', name: '  Werkgroep twee  ', theme: 'Wonen', description: '' };
    expect(store.workgroups.put(workgroup).name).toBe('Werkgroep twee');
    expect(store.workgroups.get('wg-2')?.name).toBe('Werkgroep twee');
    expect(store.workgroups.list().map((w) => w.id)).toEqual(['wg-zorg', 'wg-2']);
    store.workgroups.put({ ...workgroup, theme: 'Zorg' });
    expect(store.workgroups.list().map((w) => w.id)).toEqual(['wg-zorg', 'wg-2']);
    store.workgroups.delete('wg-2');
    expect(store.workgroups.get('wg-2')).toBeUndefined();

    const session = { ...store.sessions.get('ses-1')!, id: 'ses-2', title: 'Leerkring' };
    store.sessions.put(session);
    expect(store.sessions.get('ses-2')).toEqual(session);
    store.sessions.delete('ses-2');

    const contributor = { ...store.contributors.get('con-bram')!, id: 'con-c', name: 'Cor' };
    store.contributors.put(contributor);
    expect(store.contributors.get('con-c')).toEqual(contributor);
    store.contributors.delete('con-c');
    expect(store.contributors.list()).toHaveLength(2);

    const thread = { ...store.threads.get('thr-open')!, id: 'thr-3', resolved: true };
    store.threads.put(thread);
    expect(store.threads.forChapter('ch-one').map((t) => t.id)).toEqual(['thr-open', 'thr-resolved', 'thr-3']);
    store.threads.delete('thr-3');
    expect(store.threads.forChapter('ch-preface')).toEqual([]);
    store.close();
  });

  it('says notFound when deleting what is not there', () => {
    const store = sampleStore();
    expect(userErrorOf(() => store.visuals.delete('nope')).code).toBe('notFound');
    expect(errorMessage('nl', userErrorOf(() => store.chapters.delete('nope')))).toBe('hoofdstuk nope bestaat niet (meer) in dit project.');
    store.close();
  });

  it('refuses invalid records with invalidRecord and keeps the stored data as it was', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    const before = store.exportData();
    const chapter = store.chapters.get('ch-one')!;
    const badBody = { ...chapter, body: { type: 'doc', content: [{ type: 'nonsense' }] } } as Chapter;
    expect(userErrorOf(() => store.chapters.put(badBody)).code).toBe('invalidRecord');
    expect(userErrorOf(() => store.material.put({ id: 'x', kind: 'poem' } as unknown as MaterialItem)).code).toBe('invalidRecord');
    expect(errorMessage('nl', userErrorOf(() => store.publication.put({ ...before.publication, isbn: '123' })))).toMatch(/^Ongeldige gegevens voor publicatie: /);
    expect(userErrorOf(() => store.workgroups.put({ id: 'bad id!', name: 'x', theme: '', description: '' })).code).toBe('invalidRecord');
    expect(userErrorOf(() => store.images.put(new Uint8Array([1, 2]), 'image/gif')).code).toBe('invalidRecord');
    // A whole transaction with a bad record in the middle saves nothing.
    expect(
      userErrorOf(() =>
        store.transaction(() => {
          store.workgroups.put({ id: 'wg-new', name: 'Nieuw', theme: '', description: '' });
          store.sessions.put({ ...before.sessions[0]!, date: 'gisteren' });
        }),
      ).code,
    ).toBe('invalidRecord');
    store.close();
    const reopened = openProject(file);
    expect(reopened.exportData()).toEqual(before);
    reopened.close();
  });

  it('refuses a visual whose image bytes are not in the file', () => {
    const store = sampleStore();
    const visual = store.visuals.get('vis-photo')!;
    const missing = { ...visual, id: 'vis-2', source: { ...visual.source, hash: 'b'.repeat(64) } };
    expect(userErrorOf(() => store.visuals.put(missing)).code).toBe('invalidRecord');
    expect(store.visuals.get('vis-2')).toBeUndefined();
    store.close();
  });

  it('keeps chapters in reading order: new ones last, reorder changes it, wrong lists are refused', () => {
    const store = sampleStore();
    const extra: Chapter = { ...store.chapters.get('ch-preface')!, id: 'ch-end', title: 'Nawoord', kind: 'essay' };
    store.chapters.put(extra);
    expect(store.chapters.list().map((c) => c.id)).toEqual(['ch-preface', 'ch-one', 'ch-end']);
    store.chapters.reorder(['ch-end', 'ch-preface', 'ch-one']);
    // Saving a chapter keeps its place.
    store.chapters.put({ ...extra, title: 'Nawoord, herzien' });
    expect(store.chapters.list().map((c) => c.id)).toEqual(['ch-end', 'ch-preface', 'ch-one']);
    expect(store.chapters.summaries().map((c) => c.title)).toEqual(['Nawoord, herzien', 'Voorwoord', 'Samen zorgen']);
    for (const wrong of [['ch-end', 'ch-one'], ['ch-end', 'ch-end', 'ch-one'], ['ch-end', 'ch-one', 'ch-preface', 'x']]) {
      expect(userErrorOf(() => store.chapters.reorder(wrong)).code).toBe('invalidArguments');
    }
    expect(store.chapters.list().map((c) => c.id)).toEqual(['ch-end', 'ch-preface', 'ch-one']);
    store.close();
  });

  it('tells where material is used and which items are not used yet', () => {
    const store = sampleStore();
    const preface = store.chapters.get('ch-preface')!;
    store.chapters.put({ ...preface, body: boxDoc('mat-story', 'mat-quote') });
    store.chapters.reorder(['ch-one', 'ch-preface']);
    expect(store.material.whereUsed('mat-story')).toEqual([
      { id: 'ch-one', title: 'Samen zorgen' },
      { id: 'ch-preface', title: 'Voorwoord' },
    ]);
    const summaries = new Map(store.material.summaries().map((s) => [s.id, s]));
    expect(summaries.get('mat-story')?.usedIn).toEqual(['ch-one', 'ch-preface']);
    expect(summaries.get('mat-dilemma')?.usedIn).toEqual(['ch-one']);
    expect(summaries.get('mat-practice')?.usedIn).toEqual([]);
    expect(summaries.get('mat-quote')).toMatchObject({
      kind: 'quote',
      title: 'Samen sterker',
      workgroupId: 'wg-zorg',
      sessionId: 'ses-1',
      contributorIds: ['con-anna', 'con-bram'],
      themes: ['mantelzorg', 'samenwerking'],
      consent: 'given',
      editorialStatus: 'edited',
      usedIn: ['ch-preface'],
    });
    // Taking the box out of the chapter frees the item.
    store.chapters.put({ ...preface, body: boxDoc('mat-story') });
    expect(store.material.whereUsed('mat-quote')).toEqual([]);
    store.close();
  });

  it('reads every item\'s id, title and body, checking those and leaving the rest of the record unread', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    expect(store.material.bodies()).toEqual(store.material.list().map(({ id, title, body }) => ({ id, title, body })));
    store.close();
    const db = new Database(file);
    // A field the text does not need may be off; a body that is not rich text may not.
    db.prepare("UPDATE material SET data = json_set(data, '$.consent', 'maybe') WHERE id = 'mat-quote'").run();
    db.close();
    const reopened = openProject(file);
    expect(reopened.material.bodies().map((m) => m.id)).toContain('mat-quote');
    reopened.close();
    const again = new Database(file);
    again.prepare(`UPDATE material SET data = json_set(data, '$.body', json('{"type":"nonsense"}')) WHERE id = 'mat-story'`).run();
    again.close();
    const damaged = openProject(file);
    expect(errorMessage('nl', userErrorOf(() => damaged.material.bodies()))).toMatch(/^Ongeldige gegevens voor materiaal mat-story: /);
    damaged.close();
  });

  it('refuses to delete material a box still shows, and deletes it once no box does', () => {
    const store = sampleStore();
    const error = userErrorOf(() => store.material.delete('mat-dilemma'));
    expect(error.code).toBe('inUse');
    expect(error.params).toMatchObject({ title: 'Hulp aannemen of niet', where: 'Samen zorgen' });
    expect(store.material.get('mat-dilemma')).toBeDefined();
    const chapter = store.chapters.get('ch-one')!;
    store.chapters.put({ ...chapter, body: boxDoc('mat-story') });
    store.material.delete('mat-dilemma');
    expect(store.material.get('mat-dilemma')).toBeUndefined();
    store.close();
  });

  it('deletes a chapter with its threads and snapshots', () => {
    const store = sampleStore();
    store.snapshots.take('ch-one', 'eerste versie');
    store.chapters.delete('ch-one');
    expect(store.chapters.get('ch-one')).toBeUndefined();
    expect(store.threads.list()).toEqual([]);
    expect(store.snapshots.list('ch-one')).toEqual([]);
    expect(store.material.whereUsed('mat-story')).toEqual([]);
    // Its items are free to go now.
    store.material.delete('mat-story');
    expect(store.check().ok).toBe(true);
    store.close();
  });

  it('stores the same image bytes once and removes them with their last visual', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    const photo = store.visuals.get('vis-photo')!;
    const hash = photo.source.type === 'image' ? photo.source.hash : '';
    expect(store.images.put(tinyPng(), 'image/png')).toBe(hash);
    store.visuals.put({ ...photo, id: 'vis-same' });
    const other = tinyPng(99);
    const otherHash = store.images.put(other, 'image/png');
    expect(otherHash).toBe(sha256(other));
    store.close();
    const reopened = openProject(file);
    expect(reopened.exportData().images.map((i) => i.hash)).toEqual([hash, otherHash]);

    reopened.visuals.delete('vis-photo');
    expect(reopened.images.get(hash)).toBeDefined();
    reopened.visuals.delete('vis-same');
    expect(reopened.images.get(hash)).toBeUndefined();

    // Pointing a visual at other bytes lets the old ones go too.
    const third = tinyPng(7);
    const thirdHash = reopened.images.put(third, 'image/png');
    const source = { type: 'image' as const, hash: thirdHash, mime: 'image/png' as const, width: 4, height: 3 };
    reopened.visuals.put({ ...photo, id: 'vis-new', source });
    reopened.visuals.put({ ...photo, id: 'vis-new', source: { ...source, hash: otherHash } });
    expect(reopened.images.get(thirdHash)).toBeUndefined();
    expect(reopened.images.get(otherHash)?.bytes).toEqual(other);
    reopened.close();
  });

  it('opened read-only, refuses every write with readOnly and keeps the data', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    createProject(file, sampleProject()).close();
    const store = openProject(file, { readOnly: true });
    expect(store.readOnly).toBe(true);
    const chapter = store.chapters.get('ch-one')!;
    const writes = [
      () => store.chapters.put({ ...chapter, title: 'Anders' }),
      () => store.material.delete('mat-practice'),
      () => store.publication.put(store.publication.get()),
      () => store.images.put(tinyPng(3), 'image/png'),
      () => store.snapshots.take('ch-one', 'x'),
      () => store.chapters.reorder(['ch-one', 'ch-preface']),
      () => store.transaction(() => 1),
    ];
    for (const write of writes) expect(userErrorOf(write)).toMatchObject({ code: 'readOnly', params: { path: file } });
    expect(store.exportData()).toEqual(sampleProject());
    store.close();
  });
});
