import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  Chapter,
  Isbn,
  MaterialItem,
  RichDoc,
  UserError,
  docFromPlainText,
  emptyDoc,
  errorMessage,
  nameList,
  label,
  locales,
  materialKinds,
  message,
  plainText,
  referencedItemIds,
  referencedThreadIds,
  type Locale,
  type MessageKey,
  type Plural,
} from '../../../main/model/index.js';
import { en } from '../../../main/model/i18n/en.js';
import { nl, type Catalogue } from '../../../main/model/i18n/nl.js';

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

/** Every text of an entry: a sentence, or each form of a plural. */
const textsOf = (entry: string | Plural): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry));
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('message catalogue', () => {
  it('has every Dutch key in English too, and no empty sentence', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const entry of [...Object.values(nl), ...Object.values(en)]) {
      for (const text of textsOf(entry)) expect(text.trim()).not.toBe('');
    }
  });

  it('has a plural in English wherever Dutch has one, with the forms each language uses', () => {
    const catalogues = { nl, en } as const;
    for (const key of Object.keys(nl) as MessageKey[]) {
      const dutch: string | Plural = nl[key];
      expect(typeof en[key], key).toBe(typeof dutch);
      if (typeof dutch === 'string') continue;
      for (const locale of locales) {
        const plural = catalogues[locale][key] as Plural;
        // Exactly the categories of the language's plural rules: for Dutch and English "one" and "other".
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        expect(Object.keys(plural).sort(), `${locale} ${key}`).toEqual([...categories].sort());
        // The forms differ in the counted words only, not in what they fill in.
        const filled = (text: string) => placeholders(text).filter((p) => p !== '{count}');
        for (const text of textsOf(plural)) expect(filled(text), `${locale} ${key}`).toEqual(filled(plural.other));
        expect(plural.other, `${locale} ${key}`).toContain('{count}');
      }
    }
    // The types hold the same line: a Dutch plural is an English plural, a Dutch sentence an English sentence.
    expectTypeOf<Catalogue['ui.export.notes']>().toEqualTypeOf<Plural>();
    expectTypeOf<Catalogue['ui.import.start']>().toEqualTypeOf<string>();
  });

  it('counts in plural forms, not in "(s)" or "(en)"', () => {
    for (const [key, entry] of [...Object.entries(nl), ...Object.entries(en)]) {
      for (const text of textsOf(entry)) {
        if (text.includes('{count}')) expect(text, key).not.toMatch(/\p{L}\((s|en|ken|e)\)/u);
      }
    }
  });

  it('quotes in Dutch with „…”, not with typewriter quotes', () => {
    for (const [key, entry] of Object.entries(nl)) {
      for (const text of textsOf(entry)) expect(text, key).not.toMatch(/"\{\w+\}"/u);
    }
  });

  it('says a count in the form for its number, in Dutch and in English', () => {
    const notes = (locale: Locale, count: number) => message(locale, 'ui.export.notes', { count });
    expect([0, 1, 2, 6].map((count) => notes('nl', count))).toEqual([
      '0 opmerkingen bij deze export',
      '1 opmerking bij deze export',
      '2 opmerkingen bij deze export',
      '6 opmerkingen bij deze export',
    ]);
    expect([0, 1, 2].map((count) => notes('en', count))).toEqual(['0 notes on this export', '1 note on this export', '2 notes on this export']);
    // The verb agrees with the count too.
    expect(message('nl', 'ui.export.withoutConsent', { count: 1 })).toBe('1 materiaalitem in de publicatie heeft geen gegeven toestemming:');
    expect(message('nl', 'ui.export.withoutConsent', { count: 2 })).toBe('2 materiaalitems in de publicatie hebben geen gegeven toestemming:');
    expect(message('en', 'ui.export.withoutConsent', { count: 1 })).toBe('1 material item in the publication has no consent given:');
    expect(message('en', 'ui.export.withoutConsent', { count: 0 })).toBe('0 material items in the publication have no consent given:');
    expect(message('nl', 'export.draftNote', { count: 1 })).toBe('CONCEPT — niet verspreiden: bevat 1 materiaalitem zonder gegeven toestemming.');
    expect(message('nl', 'export.draftNote', { count: 2 })).toBe('CONCEPT — niet verspreiden: bevat 2 materiaalitems zonder gegeven toestemming.');
    expect(message('nl', 'import.cli.skippedHint', { count: 1 })).toMatch(/^1 mogelijk dubbel item overgeslagen; .* om het toch te importeren\.$/);
    expect(message('nl', 'import.cli.skippedHint', { count: 3 })).toMatch(/^3 mogelijk dubbele items overgeslagen; .* om ze toch te importeren\.$/);
    // Other params are filled in every form.
    expect(message('en', 'ui.overviews.cell', { count: 1, theme: 'care', workgroup: 'Housing' })).toBe('1 item on care from Housing');
    expect(message('nl', 'ui.pseudonymise.done', { name: 'Bram', pseudonym: 'B.', count: 3 })).toBe('„Bram” is vervangen door „B.” in 3 teksten.');
  });

  it('takes the "other" form without a number to count, and a count given as text', () => {
    expect(message('nl', 'ui.overviews.count')).toBe('{count} items');
    expect(message('nl', 'ui.overviews.count', { count: 'veel' })).toBe('veel items');
    expect(message('nl', 'ui.overviews.count', { count: '1' })).toBe('1 item');
    expect(message('en', 'ui.overviews.count', { count: 1.5 })).toBe('1.5 items');
  });

  it('says an error with a counted sentence in the form for its count', () => {
    const error = (count: number) => new UserError('withoutConsent', { count, titlesList: nameList(['Iris']) });
    expect(errorMessage('nl', error(1))).toMatch(/^De publicatie bevat 1 materiaalitem zonder .* Laat het weg /);
    expect(errorMessage('nl', error(2))).toMatch(/^De publicatie bevat 2 materiaalitems zonder .* Laat ze weg /);
    expect(errorMessage('en', error(1))).toMatch(/^The publication contains 1 material item without .* Leave it out /);
  });

  it('quotes the names of a list param in the marks of the reader\'s language', () => {
    const error = new UserError('withoutConsent', { count: 2, titlesList: nameList(['Iris, zeventien', 'Niet van\nde gemeente']) });
    expect(errorMessage('nl', error)).toContain('toestemming („Iris, zeventien”, „Niet van de gemeente”).');
    expect(errorMessage('en', error)).toContain('consent given (“Iris, zeventien”, “Niet van de gemeente”).');
  });

  it('names no vocabulary code with a plural: a label is a word', () => {
    expect(label('en', 'ui.overviews', 'count')).toBe('count');
    expect(label('en', 'materialKind', 'toString')).toBe('toString');
  });

  it('names every material kind in Dutch and fills placeholders', () => {
    expect(materialKinds.map((k) => label('nl', 'materialKind', k))).toContain('praktijkvoorbeeld');
    expect(message('nl', 'error.fileNotFound', { path: 'x.bundel' })).toContain('x.bundel bestaat niet');
  });
});
