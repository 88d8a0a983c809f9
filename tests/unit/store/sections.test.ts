import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordCount, type RichDoc } from '../../../main/model/index.js';
import { createProject } from '../../../main/store/index.js';
import { bodyText } from '../../../main/store/sections.js';
import { fullChapterBody, sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';

/** A long chapter: `count` paragraphs of varying length, a heading every 25, with a marker word in paragraph i. */
function longBody(count: number, marker = (i: number): string => `alinea${i}`): RichDoc {
  const content: RichDoc[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 25 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Deel ${i / 25 + 1}` }] });
    const words = Array.from({ length: 20 + ((i * 37) % 60) }, (_, w) => `woord${w}`).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${marker(i)} ${words}.` }] });
  }
  return { type: 'doc', content };
}

describe('chapter text in sections', () => {
  it('counts words as the model does', () => {
    for (const body of [fullChapterBody(), longBody(300), { type: 'doc', content: [{ type: 'paragraph' }] }]) {
      expect(bodyText(body).words).toBe(wordCount(body));
    }
  });

  it('keeps every word, and cuts a long chapter into many sections', () => {
    const body = longBody(300);
    const { sections } = bodyText(body);
    expect(sections.length).toBeGreaterThan(20);
    expect(sections.join('\n').split(/\s+/).length).toBe(wordCount(body));
  });

  it('moves only the sections near an edit', () => {
    const before = bodyText(longBody(300)).sections;
    const after = bodyText(longBody(300, (i) => (i === 150 ? 'alinea150 met een nieuwe zin erbij' : `alinea${i}`))).sections;
    const unchanged = after.filter((s) => before.includes(s));
    expect(after.length - unchanged.length).toBeLessThanOrEqual(2);
  });

  it('lets search find a word in any section of a long chapter, once per chapter, with its snippet', () => {
    const store = createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
    const chapter = store.chapters.get('ch-preface')!;
    store.chapters.put({ ...chapter, body: longBody(300) });
    expect(store.search('alinea299').map((h) => h.id)).toEqual(['ch-preface']);
    expect(store.search('alinea299')[0]!.snippet).toContain('«alinea299»');
    // In every section, but one hit.
    expect(store.search('woord5').filter((h) => h.id === 'ch-preface')).toHaveLength(1);
    // The title goes with every section.
    expect(store.search('voorwoord alinea120').map((h) => h.id)).toEqual(['ch-preface']);
    // An edit re-indexes: the old word goes, the new one comes.
    store.chapters.put({ ...chapter, body: longBody(300, (i) => (i === 299 ? 'slotalinea' : `alinea${i}`)) });
    expect(store.search('alinea299')).toEqual([]);
    expect(store.search('slotalinea').map((h) => h.id)).toEqual(['ch-preface']);
    expect(store.chapters.summaries()[0]!.words).toBe(wordCount(store.chapters.get('ch-preface')!.body));
    store.close();
  });
});
