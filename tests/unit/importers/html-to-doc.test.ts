import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../main/importers/word/html-tree.js';
import { htmlToBlocks } from '../../../main/importers/word/html-to-doc.js';
import { splitAtHeadings, wholeDocument } from '../../../main/importers/word/items.js';
import { docFromJSON, plainText } from '../../../main/model/index.js';

const convert = (html: string) => htmlToBlocks(parseHtml(html), { figureFor: (src) => (src === 'ok' ? 'vis-1' : null) }).blocks;

describe("mammoth's HTML into our schema", () => {
  it('decodes entities and keeps nested marks in schema order', () => {
    const [block] = convert('<p>A &amp; B <strong><em>samen</em></strong> &lt;3</p>');
    expect(block!.node).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'A & B ' },
        { type: 'text', text: 'samen', marks: [{ type: 'em' }, { type: 'strong' }] },
        { type: 'text', text: ' <3' },
      ],
    });
  });

  it('drops links that are not web or mail, and puts figures after their paragraph', () => {
    const blocks = convert('<p>Zie <a href="javascript:alert(1)">dit</a> <img src="ok" /><img src="weg" />en verder</p>');
    expect(blocks.map((b) => b.node.type)).toEqual(['paragraph', 'figure']);
    expect(plainText({ type: 'doc', content: [blocks[0]!.node] })).toBe('Zie dit en verder');
    expect(blocks[1]!.node).toEqual({ type: 'figure', attrs: { visualId: 'vis-1' } });
  });

  it('makes list items that start with a nested list valid', () => {
    const blocks = convert('<ol start="3"><li><ul><li>binnen</li></ul></li><li>twee<br />regels</li></ol>');
    const doc = { type: 'doc', content: blocks.map((b) => b.node) };
    expect(() => docFromJSON(doc)).not.toThrow();
    expect(blocks[0]!.node.attrs).toEqual({ order: 3 });
  });

  it('splits at the shallowest heading level that repeats, dropping a lone title', () => {
    const blocks = convert('<h1>Bundel</h1><p>Inleiding.</p><h2>Een</h2><p>Eerste.</p><h3>Detail</h3><p>Meer.</p><h2>Twee</h2><p>Tweede.</p>');
    const sections = splitAtHeadings(blocks);
    expect(sections.map((s) => s.title)).toEqual(['Bundel', 'Een', 'Twee']);
    expect(sections[1]!.body.content!.map((n) => [n.type, n.attrs?.level])).toEqual([
      ['paragraph', undefined],
      ['heading', 1],
      ['paragraph', undefined],
    ]);
    expect(wholeDocument(blocks).title).toBe('Bundel');
  });
});
