import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedBlockOf, docFromJSON, RichDoc } from '../../../main/model/index.js';
import { createProject, openProject } from '../../../main/store/index.js';
import { bodyText } from '../../../main/store/sections.js';
import { fullChapterBody, sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the chapters a connection keeps parsed', () => {
  it('gives the stored chapter, frozen, and the one just saved', () => {
    const store = createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
    const chapter = store.chapters.get('ch-one')!;
    expect(Object.isFrozen(chapter) && Object.isFrozen(chapter.body.content![0])).toBe(true);
    expect(() => (chapter.body.content as unknown[]).push(paragraph('erbij'))).toThrow(TypeError);
    const body = { ...chapter.body, content: [...chapter.body.content!, paragraph('Een nieuwe alinea.')] };
    store.chapters.put({ ...chapter, body });
    expect(store.chapters.get('ch-one')!.body.content!.at(-1)).toEqual(paragraph('Een nieuwe alinea.'));
    store.close();
  });

  it('forgets a save that a failing transaction undid', () => {
    const store = createProject(path.join(scratchDir(), 'p.bundel'), sampleProject());
    const chapter = store.chapters.get('ch-one')!;
    expect(() =>
      store.transaction(() => {
        store.chapters.put({ ...chapter, title: 'Nooit bewaard' });
        expect(store.chapters.get('ch-one')!.title).toBe('Nooit bewaard');
        throw new Error('halverwege mis');
      }),
    ).toThrow('halverwege mis');
    expect(store.chapters.get('ch-one')!.title).toBe(chapter.title);
    store.close();
  });

  it('reads the file again once another connection has changed it', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    const chapter = store.chapters.get('ch-one')!;
    const other = openProject(file);
    other.chapters.put({ ...other.chapters.get('ch-one')!, title: 'Elders gewijzigd' });
    other.close();
    expect(store.chapters.get('ch-one')!.title).toBe('Elders gewijzigd');
    expect(chapter.title).not.toBe('Elders gewijzigd');
    store.close();
  });
});

describe('checked blocks', () => {
  it('are checked again where they stand in each new document', () => {
    const item = { type: 'list_item', content: [paragraph('Punt.')] };
    const list = { type: 'bullet_list', content: [item] };
    expect(RichDoc.safeParse({ type: 'doc', content: [list] }).success).toBe(true);
    // A list item is valid on its own but may not stand in a document: refused each time, checked or not.
    for (let i = 0; i < 2; i++) expect(RichDoc.safeParse({ type: 'doc', content: [item] }).success).toBe(false);
    expect(RichDoc.safeParse({ type: 'doc', content: [] }).success).toBe(false);
    expect(RichDoc.safeParse({ type: 'doc', content: [list], attrs: { colour: 'rood' } }).success).toBe(false);
  });

  it('give their text once, the same as read afresh, and a changed block its own', () => {
    const body = fullChapterBody();
    docFromJSON(body);
    const fresh = bodyText(structuredClone(body));
    expect(bodyText(body)).toEqual(fresh);
    expect(checkedBlockOf(body.content![0]!)?.text).toBeDefined();
    expect(bodyText(body)).toEqual(fresh);
    const changed = { ...body, content: [paragraph('Een andere eerste alinea.'), ...body.content!.slice(1)] };
    docFromJSON(changed);
    expect(bodyText(changed).sections.join('\n')).toContain('Een andere eerste alinea.');
    expect(bodyText(changed)).toEqual(bodyText(structuredClone(changed)));
  });

  it('cannot be changed in place once checked', () => {
    const block = paragraph('Vast.');
    docFromJSON({ type: 'doc', content: [block] });
    expect(() => {
      block.content[0]!.text = 'Anders';
    }).toThrow(TypeError);
  });
});
