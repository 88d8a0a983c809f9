import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../main/model/index.js';
import { createProject, type ProjectStore } from '../../../main/store/index.js';
import { ftsQuery } from '../../../main/store/search.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

const text = (s: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }] });

function store(): ProjectStore {
  return createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
}

const ids = (s: ProjectStore, q: string): string[] => s.search(q).map((h) => h.id).sort();

describe('full-text search', () => {
  it('folds Dutch diacritics both ways', () => {
    const s = store();
    s.material.put({ ...s.material.get('mat-practice')!, body: text('Na de reunie gingen we door.') });
    expect(ids(s, 'reünie')).toEqual(['ch-one', 'mat-practice', 'mat-story']);
    expect(ids(s, 'reunie')).toEqual(['ch-one', 'mat-practice', 'mat-story']);
    expect(ids(s, 'ideeen')).toEqual(['ch-one', 'mat-recommendation']);
    expect(ids(s, 'IDEEËN')).toEqual(['ch-one', 'mat-recommendation']);
    // The same word typed with a combining diaeresis.
    expect(ids(s, 'reu\u0308nie')).toEqual(['ch-one', 'mat-practice', 'mat-story']);
    s.close();
  });

  it('matches the last word as a prefix and needs every word', () => {
    const s = store();
    expect(ids(s, 'koffieoch')).toEqual(['ch-one', 'mat-practice']);
    expect(ids(s, 'koffie')).toEqual(['ch-one', 'mat-practice']);
    expect(ids(s, 'vaste koffieoch')).toEqual(['ch-one']);
    // Only the last word is a prefix.
    expect(ids(s, 'koffieoch vaste')).toEqual([]);
    expect(ids(s, 'koffieoch x')).toEqual([]);
    s.close();
  });

  it("finds material by its kind's own fields, its themes and its title", () => {
    const s = store();
    expect(ids(s, 'overbelast')).toEqual(['mat-dilemma']);
    expect(ids(s, 'Gorinchem')).toEqual(['mat-quote']);
    expect(ids(s, 'samenwerking')).toHaveLength(6);
    expect(s.search('hulp aannemen')[0]).toMatchObject({ type: 'material', id: 'mat-dilemma', title: 'Hulp aannemen of niet' });
    s.close();
  });

  it('finds chapters by title, byline and text, and marks the hits in a snippet', () => {
    const s = store();
    expect(ids(s, 'Eva')).toEqual(['ch-preface']);
    const hit = s.search('wijkverpleging').find((h) => h.type === 'chapter');
    expect(hit).toMatchObject({ type: 'chapter', id: 'ch-one', title: 'Samen zorgen' });
    expect(hit!.snippet).toContain('en de «wijkverpleging» zochten');
    expect(s.search('koffieochtend vaste')[0]!.snippet).toBe('…Een «vaste» «koffieochtend». Eerst luisteren, dan doen. Je moet elkaar eerst leren…');
    s.close();
  });

  it('ranks a hit in the title above one in the text', () => {
    const s = store();
    s.material.put({ ...s.material.get('mat-story')!, title: 'Een verhaal', body: text('Over de buurtkamer en verder niets.') });
    s.material.put({ ...s.material.get('mat-quote')!, title: 'De buurtkamer', body: text('Een plek.') });
    expect(s.search('buurtkamer').map((h) => h.id)).toEqual(['mat-quote', 'mat-story']);
    s.close();
  });

  it('keeps the index up to date on every write and delete', () => {
    const s = store();
    const chapter = s.chapters.get('ch-preface')!;
    s.chapters.put({ ...chapter, body: text('Een zeldzaam woord: sneeuwklokje.') });
    expect(ids(s, 'sneeuwklokje')).toEqual(['ch-preface']);
    expect(ids(s, 'Welkom')).toEqual([]);
    s.chapters.delete('ch-preface');
    expect(ids(s, 'sneeuwklokje')).toEqual([]);
    s.material.delete('mat-practice');
    expect(ids(s, 'koffieochtend')).toEqual(['ch-one']);
    s.close();
  });

  it('never lets a query be an FTS syntax error', () => {
    const s = store();
    for (const hostile of ['"', '*', 'AND (', 'NEAR', 'NEAR(a b)', 'a OR', '"reünie', 'col:reunie', '-', '^x', '()', '   ', '', "'; DROP TABLE material; --"]) {
      expect(() => s.search(hostile)).not.toThrow();
    }
    expect(ids(s, '"reünie')).toEqual(['ch-one', 'mat-story']);
    expect(ids(s, 'title:reunie')).toEqual([]);
    expect(s.search('   ')).toEqual([]);
    expect(s.material.list()).toHaveLength(6);
    s.close();
  });

  it('quotes every word and makes the last a prefix', () => {
    expect(ftsQuery('AND (zorg')).toBe('"AND" "zorg"*');
    expect(ftsQuery('"*"')).toBeNull();
  });

  it('honours the limit and refuses a nonsense one', () => {
    const s = store();
    expect(s.search('samenwerking', 2)).toHaveLength(2);
    expect(userErrorOf(() => s.search('x', 0)).code).toBe('invalidArguments');
    s.close();
  });
});
