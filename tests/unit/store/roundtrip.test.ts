import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../../main/store/index.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir, sideFiles } from '../../support/store-files.js';
import { userErrorOf as thrown } from '../../support/user-error.js';

describe('a project file keeps everything', () => {
  it('gives back every entity, deep-equal, after create, close and open', () => {
    const file = path.join(scratchDir(), 'sample.bundel');
    const data = sampleProject();
    createProject(file, data).close();
    const store = openProject(file);
    expect(store.exportData()).toEqual(data);
    expect(store.publication.get()).toEqual(data.publication);
    for (const item of data.material) expect(store.material.get(item.id)).toEqual(item);
    expect(store.chapters.list().map((c) => c.id)).toEqual(['ch-preface', 'ch-one']);
    expect(store.images.get(data.images[0]!.hash)?.bytes).toEqual(data.images[0]!.bytes);
    expect(store.counts()).toEqual({ workgroups: 1, sessions: 1, contributors: 2, material: 6, chapters: 2, visuals: 2, threads: 2 });
    expect(store.check()).toEqual({ integrity: ['ok'], invalidRecords: [], brokenReferences: [], ok: true });
    store.close();
  });

  it('writes what exportData gives into a new file that holds the same project', () => {
    const dir = scratchDir();
    const first = createProject(path.join(dir, 'a.bundel'), sampleProject());
    first.workgroups.put({ id: 'wg-extra', name: 'Extra', theme: '', description: '' });
    const exported = first.exportData();
    first.close();
    const second = createProject(path.join(dir, 'b.bundel'), exported);
    expect(second.exportData()).toEqual(exported);
    second.close();
  });

  it('names the content by a revision that stays while only reads happen and moves with every write, ours or another connection\'s', () => {
    const file = path.join(scratchDir(), 'revision.bundel');
    createProject(file, sampleProject()).close();
    const store = openProject(file);
    const start = store.revision();
    store.exportData();
    store.material.list();
    expect(store.revision()).toBe(start);
    store.workgroups.put({ id: 'wg-extra', name: 'Extra', theme: '', description: '' });
    const written = store.revision();
    expect(written).not.toBe(start);
    // Another program (the command line, say) writes to the same file.
    const other = openProject(file);
    other.workgroups.put({ id: 'wg-other', name: 'Ander', theme: '', description: '' });
    other.close();
    expect(store.revision()).not.toBe(written);
    expect(store.exportData().workgroups.map((w) => w.id)).toContain('wg-other');
    store.close();
  });

  it('refuses to create over an existing file and leaves no temporary file behind', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'x.bundel');
    createProject(file, sampleProject()).close();
    const error = thrown(() => createProject(file, sampleProject()));
    expect(error.code).toBe('fileExists');
    expect(readdirSync(dir)).toEqual(['x.bundel']);
  });

  it('refuses an invalid project without making a file', () => {
    const dir = scratchDir();
    const data = sampleProject();
    data.material[0]!.title = '';
    const error = thrown(() => createProject(path.join(dir, 'bad.bundel'), data));
    expect(error.code).toBe('invalidRecord');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses image bytes that do not match their hash', () => {
    const dir = scratchDir();
    const data = sampleProject();
    data.images[0]!.hash = 'a'.repeat(64);
    expect(thrown(() => createProject(path.join(dir, 'bad.bundel'), data)).code).toBe('invalidRecord');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a closed file complete on its own: a copy of just the .bundel file has every change', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'work.bundel');
    const store = createProject(file, sampleProject());
    const chapter = store.chapters.get('ch-preface')!;
    store.chapters.put({ ...chapter, title: 'Voorwoord, herzien' });
    store.material.delete('mat-practice');
    store.publication.put({ ...store.publication.get(), subtitle: 'Laatste wijziging' });
    expect(sideFiles(file)).toContain('-wal');
    const expected = store.exportData();
    store.close();
    expect(sideFiles(file)).toEqual([]);

    const copyDir = scratchDir();
    const copy = path.join(copyDir, 'copy.bundel');
    copyFileSync(file, copy);
    const reopened = openProject(copy);
    expect(reopened.exportData()).toEqual(expected);
    expect(reopened.publication.get().subtitle).toBe('Laatste wijziging');
    reopened.close();
  });

  it('says fileNotFound for a path with no file, or a new file in a folder that is not there', () => {
    const dir = scratchDir();
    expect(thrown(() => openProject(path.join(dir, 'nope.bundel'))).code).toBe('fileNotFound');
    const missing = path.join(dir, 'weg');
    expect(thrown(() => createProject(path.join(missing, 'p.bundel'), sampleProject())).params).toEqual({ path: missing });
  });
});
