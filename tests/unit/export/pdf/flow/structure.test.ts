// The logical structure the flow builds while it sets a chapter: the tagged
// PDF's headings never skip a level, a kader is a Div of articles under
// headings one level below the text around it, and every placed line belongs
// to an element of the chapter's structure.
import { beforeAll, expect, test } from 'vitest';
import { flowChapter, type FlowContext } from '../../../../../main/export/pdf/flow/index.js';
import type { StructNode } from '../../../../../main/export/pdf/tagged/index.js';
import type { Box } from '../../../../../main/export/tree/types.js';
import { chapter, contextFor, footnote, heading, paragraph, practiceBox, prose } from './helpers.js';

let ctx: FlowContext;
beforeAll(async () => {
  ctx = await contextFor('werkplaats-a4');
});

/** The element types in document order, with the depth of each. */
function outline(node: StructNode, depth = 0): string[] {
  return [`${'  '.repeat(depth)}${node.type}`, ...node.children.flatMap((child) => outline(child, depth + 1))];
}

function all(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(all)];
}

const headings = (node: StructNode): string[] => all(node).flatMap((n) => (/^H\d$/u.test(n.type) ? [n.type] : []));

test('a subsection straight after the chapter title is H2, not H3; a section after it H2 again', () => {
  const { structure } = flowChapter(chapter([heading('Eerst dit', 2), prose(1, 40), heading('Dan dat', 1), heading('Daaronder', 2), prose(2, 40)]), ctx);
  expect(headings(structure)).toEqual(['H1', 'H2', 'H2', 'H3']);
});

test('a kader of one item: a Div with an article under a heading one below the section', () => {
  const { structure } = flowChapter(chapter([heading('Een sectie'), practiceBox(2), prose(3, 30)]), ctx);
  expect(outline(structure)).toEqual([
    'Sect',
    '  H1',
    '  P',
    '  H2',
    '  Div',
    '    Art',
    '      P',
    '      H3',
    '      P',
    '      P',
    '      P',
    '      P',
    '      P',
    '      P',
    '  P',
  ]);
});

test('a kader with a title of its own: the title one below the section, its items one below that', () => {
  const box: Box = { ...practiceBox(1), title: 'Praktijkvoorbeelden', kind: 'mixed' };
  const { structure } = flowChapter(chapter([practiceBox(1), box]), ctx);
  const divs = all(structure).filter((n) => n.type === 'Div');
  expect(divs.map((div) => headings(div))).toEqual([['H2'], ['H2', 'H3']]);
});

test("every line on every page is content of an element of the chapter's structure; a note follows its paragraph", () => {
  const { pages, structure } = flowChapter(
    chapter([paragraph('Een zin met een noot', footnote(1, 'De noot zelf.'), ' en meer.'), practiceBox(6), prose(4, 300)]),
    ctx,
  );
  const elements = new Set(all(structure));
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind === 'lines') expect(item.tag !== undefined && elements.has(item.tag)).toBe(true);
      if (item.kind === 'rect' || item.kind === 'rule') expect('tag' in item).toBe(false);
    }
  }
  const top = structure.children.map((n) => n.type);
  // The title, the byline, the paragraph and its note, the kader.
  expect(top.slice(0, 5)).toEqual(['H1', 'P', 'P', 'Note', 'Div']);
  expect(structure.children[3]!.attributes.id).toBe('note-1');
});
