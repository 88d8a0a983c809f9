import { describe, expect, it } from 'vitest';
import { rich } from '../../../main/demo/markup.js';
import { docFromJSON, type NodeJSON } from '../../../main/model/index.js';

/** The inline content of the first block. */
function firstInline(source: string): NodeJSON[] {
  return rich(source).content?.[0]?.content ?? [];
}

describe('rich: blocks', () => {
  it('joins the lines of a paragraph and trims indentation', () => {
    expect(rich('  Eerste regel\n    tweede regel.\n\nVolgende alinea.')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Eerste regel tweede regel.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Volgende alinea.' }] },
      ],
    });
  });

  it('makes headings of level 1 and 2', () => {
    const doc = rich('# Kop\n\n## Subkop');
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Kop' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subkop' }] },
    ]);
  });

  it('makes a bullet list whose unmarked lines continue the item above', () => {
    const list = rich('- een\n  en nog wat\n- twee').content?.[0];
    expect(list?.type).toBe('bullet_list');
    expect(list?.content?.map((item) => item.content?.[0]?.content?.[0]?.text)).toEqual(['een en nog wat', 'twee']);
  });

  it('makes an ordered list numbered from its first item', () => {
    const list = rich('3. drie\n4. vier').content?.[0];
    expect(list).toMatchObject({ type: 'ordered_list', attrs: { order: 3 } });
    expect(list?.content).toHaveLength(2);
  });

  it('makes a block quote with a paragraph per ">" section', () => {
    const quote = rich('> eerste\n> regel\n>\n> tweede').content?.[0];
    expect(quote?.type).toBe('blockquote');
    expect(quote?.content?.map((p) => p.content?.[0]?.text)).toEqual(['eerste regel', 'tweede']);
  });

  it('makes material boxes with and without a title', () => {
    expect(rich('[[kader: mat-a, mat-b | Praktijkvoorbeelden]]').content?.[0]).toEqual({
      type: 'material_box',
      attrs: { itemIds: ['mat-a', 'mat-b'], title: 'Praktijkvoorbeelden' },
    });
    expect(rich('[[kader: mat-a]]').content?.[0]).toEqual({ type: 'material_box', attrs: { itemIds: ['mat-a'], title: null } });
  });

  it('makes figures', () => {
    expect(rich('[[figuur: vis-kaart]]').content?.[0]).toEqual({ type: 'figure', attrs: { visualId: 'vis-kaart' } });
  });
});

describe('rich: inline', () => {
  it('marks strong and emphasis, nested, in schema order', () => {
    expect(firstInline('a **sterk *beide*** b')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', marks: [{ type: 'strong' }], text: 'sterk ' },
      { type: 'text', marks: [{ type: 'em' }, { type: 'strong' }], text: 'beide' },
      { type: 'text', text: ' b' },
    ]);
  });

  it('marks links with their href', () => {
    expect(firstInline('zie [de site](https://example.org/x) nu')).toEqual([
      { type: 'text', text: 'zie ' },
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org/x', title: null } }], text: 'de site' },
      { type: 'text', text: ' nu' },
    ]);
  });

  it('makes footnotes that may hold emphasis and links', () => {
    const [, footnote] = firstInline('woord^[noot met *nadruk* en [link](https://example.org)] verder');
    expect(footnote).toEqual({
      type: 'footnote',
      content: [
        { type: 'text', text: 'noot met ' },
        { type: 'text', marks: [{ type: 'em' }], text: 'nadruk' },
        { type: 'text', text: ' en ' },
        { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org', title: null } }], text: 'link' },
      ],
    });
  });

  it('puts the comment mark of a thread on a passage, also around other marks', () => {
    expect(firstInline('voor {{thr-1: de **passage**}} na')).toEqual([
      { type: 'text', text: 'voor ' },
      { type: 'text', marks: [{ type: 'comment', attrs: { threadId: 'thr-1' } }], text: 'de ' },
      {
        type: 'text',
        marks: [{ type: 'strong' }, { type: 'comment', attrs: { threadId: 'thr-1' } }],
        text: 'passage',
      },
      { type: 'text', text: ' na' },
    ]);
  });

  it('produces canonical JSON that survives a schema round trip unchanged', () => {
    const doc = rich(
      '# Kop {{t1: met commentaar}}\n\nTekst **sterk** *nadruk* [link](https://example.org)^[noot]\n\n' +
        '- een\n- twee\n\n2. b\n3. c\n\n> citaat\n\n[[kader: mat-x | Titel]]\n\n[[figuur: vis-y]]',
    );
    expect(docFromJSON(doc).toJSON()).toEqual(doc);
  });

  it('gives independent objects for equal marks', () => {
    const [a, , b] = firstInline('[een](https://example.org) en [twee](https://example.org)');
    expect(a?.marks?.[0]).toEqual(b?.marks?.[0]);
    expect(a?.marks?.[0]).not.toBe(b?.marks?.[0]);
  });
});

describe('rich: malformed markup throws, naming the problem', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty document', '  \n ', /empty document/],
    ['a heading of level 3', '### Kop', /malformed heading/],
    ['a heading over two lines', '# Kop\nen meer', /heading must be one line/],
    ['a list mixing bullets and numbers', '- een\n2. twee', /mixed/],
    ['a quote line without ">"', '> een\ntwee', /must start with ">"/],
    ['a malformed box', '[[kader mat-a]]', /malformed box or figure/],
    ['a box with a bad id', '[[kader: mat a]]', /bad item id/],
    ['a box with text after it', '[[kader: mat-a]]\nen tekst', /alone on one line/],
    ['unclosed strong', 'a **b', /unclosed markup, expected "\*\*"/],
    ['unclosed emphasis', 'a *b', /unclosed markup, expected "\*"/],
    ['empty strong', 'a **** b', /empty strong/],
    ['a stray "]"', 'a ] b', /stray "]"/],
    ['a stray "}}"', 'a }} b', /stray "}"/],
    ['a link without url', '[tekst] verder', /needs "\(url\)"/],
    ['a link to http', '[tekst](http://example.org)', /must start with https:\/\//],
    ['an unclosed link url', '[tekst](https://example.org', /unclosed link url/],
    ['a link inside a link', '[a [b](https://x.nl)](https://y.nl)', /link inside a link/],
    ['a malformed comment', '{{zonder dubbele punt}}', /malformed comment/],
    ['an unclosed comment', '{{t1: open', /unclosed markup, expected "}}"/],
    ['a comment inside a comment', '{{t1: a {{t2: b}} c}}', /comment inside a comment/],
    ['a footnote inside a comment', '{{t1: a ^[noot]}}', /footnote must stand outside/],
    ['a footnote inside strong', '**a ^[noot]**', /footnote must stand outside/],
    ['a comment inside a footnote', 'a^[noot {{t1: b}}]', /comment inside a comment or footnote/],
    ['an empty footnote', 'a^[]', /empty footnote/],
  ];
  it.each(cases)('%s', (_name, source, message) => {
    expect(() => rich(source)).toThrow(message);
  });

  it('says where the problem is', () => {
    expect(() => rich('Goed.\n\nHier gaat **het mis')).toThrow(/block "Hier gaat \*\*het mis"/);
  });
});
