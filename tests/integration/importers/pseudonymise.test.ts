import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContributor, pseudonymise, undoPseudonymisation } from '../../../main/importers/index.js';
import { plainText, type ProjectData } from '../../../main/model/index.js';
import { createProject, openProject, type ProjectStore } from '../../../main/store/index.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { fileHash } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-pseudo-'));
let count = 0;

/** The sample project with Bram de Vries named in an item's title, body and footnote, a dilemma's field and a chapter. */
function namedProject(): ProjectData {
  const data = sampleProject();
  const story = data.material.find((m) => m.kind === 'story')!;
  story.title = 'Bram de Vries belt aan';
  story.body.content!.push({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Toen kwam ' },
      { type: 'text', text: 'Bram de Vries', marks: [{ type: 'em' }] },
      { type: 'text', text: ' langs, niet Bram de Vriesman.' },
      { type: 'footnote', content: [{ type: 'text', text: 'Aldus Bram de Vries zelf.' }] },
    ],
  });
  const dilemma = data.material.find((m) => m.kind === 'dilemma')!;
  if (dilemma.kind === 'dilemma') dilemma.situation = 'Bram de Vries twijfelt of hij moet ingrijpen.';
  const chapter = data.chapters[0]!;
  chapter.byline = 'Door Bram de Vries';
  chapter.body.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Met dank aan Bram de Vries.' }] });
  return data;
}

function project(): ProjectStore {
  return createProject(path.join(dir, `p${++count}.bundel`), namedProject());
}

const everything = (store: ProjectStore) => JSON.stringify([store.material.list(), store.chapters.list()]);

describe('pseudonymise', () => {
  it('replaces the name as a whole word everywhere in material and chapters, and sets the pseudonym', () => {
    const store = project();
    const bram = findContributor(store, 'bram de vries');
    const result = pseudonymise(store, bram.id, 'Meneer B.');
    expect(result.changed.map((c) => c.type).sort()).toEqual(['chapter', 'material', 'material']);
    const story = store.material.list().find((m) => m.kind === 'story')!;
    expect(story.title).toBe('Meneer B. belt aan');
    expect(plainText(story.body)).toContain('Toen kwam Meneer B. langs, niet Bram de Vriesman. [Aldus Meneer B. zelf.]');
    const dilemma = store.material.list().find((m) => m.kind === 'dilemma')!;
    expect(dilemma.kind === 'dilemma' && dilemma.situation).toBe('Meneer B. twijfelt of hij moet ingrijpen.');
    const chapter = store.chapters.list()[0]!;
    expect(chapter.byline).toBe('Door Meneer B.');
    expect(plainText(chapter.body)).toContain('Met dank aan Meneer B..');
    expect(everything(store)).not.toMatch(/Bram de Vries(?!man)/);
    expect(store.contributors.get(bram.id)).toMatchObject({ name: 'Bram de Vries', pseudonym: 'Meneer B.' });
    expect(store.check().ok).toBe(true);
    store.close();
  });

  it('is undone in one step, exactly, also after the project was closed and opened', () => {
    const store = project();
    const before = everything(store);
    const bram = findContributor(store, 'Bram de Vries');
    pseudonymise(store, bram.id, 'Meneer B.');
    store.close();
    const reopened = openProject(store.path);
    const undone = undoPseudonymisation(reopened, bram.id);
    expect(undone.changedSince).toEqual([]);
    expect(everything(reopened)).toBe(before);
    expect(reopened.contributors.get(bram.id)?.pseudonym).toBeNull();
    expect(userErrorOf(() => undoPseudonymisation(reopened, bram.id)).code).toBe('nothingToUndo');
    reopened.close();
  });

  it('keeps later edits on undo, turning the pseudonym back into the name there', () => {
    const store = project();
    const bram = findContributor(store, 'Bram de Vries');
    pseudonymise(store, bram.id, 'Meneer B.');
    const story = store.material.list().find((m) => m.kind === 'story')!;
    store.material.put({ ...story, themes: [...story.themes, 'later toegevoegd'], updatedAt: new Date().toISOString() });
    const undone = undoPseudonymisation(store, bram.id);
    expect(undone.changedSince.map((c) => c.id)).toEqual([story.id]);
    const after = store.material.get(story.id)!;
    expect(after.title).toBe('Bram de Vries belt aan');
    expect(after.themes).toContain('later toegevoegd');
    store.close();
  });

  it('refuses an unknown contributor and an ambiguous name', () => {
    const data = namedProject();
    data.contributors.push({ ...data.contributors[1]!, id: 'con-bram-2' });
    const store = createProject(path.join(dir, `p${++count}.bundel`), data);
    expect(userErrorOf(() => findContributor(store, 'Niemand')).code).toBe('notFound');
    expect(userErrorOf(() => findContributor(store, 'Bram de Vries'))).toMatchObject({ code: 'ambiguousContributor', params: { count: 2 } });
    expect(findContributor(store, 'con-bram-2').id).toBe('con-bram-2');
    store.close();
  });
});

describe('bundel pseudonymise', () => {
  const bundel = (...args: string[]) => spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8' });

  it('pseudonymises by name and undoes with --undo', () => {
    const store = project();
    const file = store.path;
    store.close();
    const original = fileHash(file);
    const done = bundel('pseudonymise', file, 'Bram de Vries', 'Meneer B.');
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain('„Bram de Vries” is vervangen door „Meneer B.” in 3 teksten.');
    const json = bundel('pseudonymise', file, 'Bram de Vries', '--undo', '--json');
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'Bram de Vries', pseudonym: 'Meneer B.', changedSince: [] });
    const again = bundel('pseudonymise', file, 'Bram de Vries', '--undo');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/geen pseudonimisering van Bram de Vries/);
    expect(fileHash(file)).not.toBe(original);
    const reopened = openProject(file, { readOnly: true });
    expect(reopened.material.list().find((m) => m.kind === 'story')?.title).toBe('Bram de Vries belt aan');
    reopened.close();
  });
});
