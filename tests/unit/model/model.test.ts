import { describe, expect, it } from 'vitest';
import {
  Chapter,
  Isbn,
  MaterialItem,
  RichDoc,
  docFromPlainText,
  emptyDoc,
  label,
  materialKinds,
  message,
  plainText,
  referencedItemIds,
  referencedThreadIds,
} from '../../../main/model/index.js';
import { en } from '../../../main/model/i18n/en.js';
import { nl } from '../../../main/model/i18n/nl.js';

const stamp = '2026-03-15T10:00:00.000Z';
const base = {
  id: 'm1',
  title: 'Buurvrouw',
  body: docFromPlainText('Elke dinsdag kookt ze voor de buren.'),
  provenance: { workgroupId: null, sessionId: null, contributorIds: [] },
  themes: ['mantelzorg'],
  consent: 'given',
  anonymisation: { anonymised: false, note: '' },
  editorialStatus: 'raw',
  createdAt: stamp,
  updatedAt: stamp,
} as const;

describe('material items', () => {
  it('accept each kind with its own fields', () => {
    const dilemma = { ...base, kind: 'dilemma', situation: 's', onOneHand: 'a', onOtherHand: 'b', question: 'q' };
    expect(MaterialItem.parse(dilemma).kind).toBe('dilemma');
  });

  it('refuse fields of another kind and missing own fields', () => {
    expect(MaterialItem.safeParse({ ...base, kind: 'story', narration: 'retold', audience: 'residents' }).success).toBe(false);
    expect(MaterialItem.safeParse({ ...base, kind: 'practiceExample', context: 'c' }).success).toBe(false);
    expect(MaterialItem.safeParse({ ...base, kind: 'poem' }).success).toBe(false);
  });

  it('refuse an empty title and a multi-line one', () => {
    expect(MaterialItem.safeParse({ ...base, kind: 'story', narration: 'retold', title: ' ' }).success).toBe(false);
    expect(MaterialItem.safeParse({ ...base, kind: 'story', narration: 'retold', title: 'a\nb' }).success).toBe(false);
  });
});

describe('rich text', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Samen ', marks: [{ type: 'comment', attrs: { threadId: 't1' } }, { type: 'comment', attrs: { threadId: 't2' } }] },
          { type: 'text', text: 'zorgen', marks: [{ type: 'em' }] },
          { type: 'footnote', content: [{ type: 'text', text: 'Zie bijlage.' }] },
        ],
      },
      { type: 'material_box', attrs: { itemIds: ['m1', 'm2'], title: 'Uit de praktijk' } },
      { type: 'figure', attrs: { visualId: 'v1' } },
    ],
  };

  it('accepts every construct of the schema, overlapping comments included', () => {
    expect(RichDoc.safeParse(doc).success).toBe(true);
    expect(referencedItemIds(doc)).toEqual(['m1', 'm2']);
    expect(referencedThreadIds(doc)).toEqual(['t1', 't2']);
    expect(plainText(doc)).toBe('Kop\nSamen zorgen [Zie bijlage.]');
  });

  it('refuses unknown nodes, a third heading level, an empty box and invalid content', () => {
    expect(RichDoc.safeParse({ type: 'doc', content: [{ type: 'table' }] }).success).toBe(false);
    expect(RichDoc.safeParse({ type: 'doc', content: [{ type: 'heading', attrs: { level: 3 } }] }).success).toBe(false);
    expect(RichDoc.safeParse({ type: 'doc', content: [{ type: 'material_box', attrs: { itemIds: [] } }] }).success).toBe(false);
    expect(RichDoc.safeParse({ type: 'doc', content: [{ type: 'text', text: 'los' }] }).success).toBe(false);
    expect(RichDoc.safeParse({ type: 'doc', content: [] }).success).toBe(false);
  });

  it('refuses what is not ProseMirror JSON in shape, and says where', () => {
    const problem = (json: unknown) => RichDoc.safeParse(json).error?.issues[0]?.message;
    const para = (node: object) => ({ type: 'doc', content: [{ type: 'paragraph', content: [node] }] });
    expect(problem(para({ type: 'text', text: 'a', style: 'bold' }))).toBe('invalid rich text: doc.content[0].content[0]: unknown key "style"');
    expect(problem(para({ type: 'text', text: 7 }))).toBe('invalid rich text: doc.content[0].content[0].text: not a string');
    expect(problem(para({ type: 'text', text: 'a', marks: { type: 'em' } }))).toBe('invalid rich text: doc.content[0].content[0].marks: not a list');
    expect(problem(para({ type: 'text', text: 'a', marks: [{ type: 'em', colour: 'red' }] }))).toMatch(/marks\[0\]: unknown key "colour"/);
    expect(problem({ type: 'doc', content: [{ type: 'heading', attrs: [2] }] })).toBe('invalid rich text: doc.content[0].attrs: not an object');
    expect(problem({ type: 'doc', content: 'tekst' })).toBe('invalid rich text: doc.content: not a list');
    expect(problem(null)).toBe('invalid rich text: doc: not an object');
  });

  it('makes paragraphs from plain text', () => {
    expect(plainText(docFromPlainText('een\ntwee\n\ndrie'))).toBe('een twee\ndrie');
    expect(docFromPlainText('  ')).toEqual(emptyDoc());
  });
});

describe('chapters and publication', () => {
  it('validates a chapter with its review status', () => {
    const chapter = { id: 'c1', kind: 'essay', title: 'Over grenzen', byline: 'Door A. de Vries', body: emptyDoc(), reviewStatus: 'inReview', updatedAt: stamp };
    expect(Chapter.parse(chapter).reviewStatus).toBe('inReview');
    expect(Chapter.safeParse({ ...chapter, reviewStatus: 'klaar' }).success).toBe(false);
  });

  it('checks the ISBN-13 check digit', () => {
    expect(Isbn.safeParse('978-90-5972-123-8').success).toBe(false);
    expect(Isbn.safeParse('978-0-306-40615-7').success).toBe(true);
  });
});

describe('message catalogue', () => {
  it('has every Dutch key in English too, and no empty sentence', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const text of [...Object.values(nl), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('names every material kind in Dutch and fills placeholders', () => {
    expect(materialKinds.map((k) => label('nl', 'materialKind', k))).toContain('praktijkvoorbeeld');
    expect(message('nl', 'error.fileNotFound', { path: 'x.bundel' })).toContain('x.bundel bestaat niet');
  });
});
