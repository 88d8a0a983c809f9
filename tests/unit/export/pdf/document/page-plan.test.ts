import { describe, expect, test } from 'vitest';
import { anchorPages, planPages, type FlowedChapter } from '../../../../../main/export/pdf/document/page-plan.js';
import type { FlowPage } from '../../../../../main/export/pdf/flow/index.js';
import type { TocPage } from '../../../../../main/export/pdf/document/toc-layout.js';
import { loadTemplate, type Template } from '../../../../../main/export/template/index.js';
import type { ChapterNode } from '../../../../../main/export/tree/types.js';

function chapter(id: string, pages: number): FlowedChapter {
  const node: ChapterNode = { id, kind: 'chapter', number: null, label: '', title: id, byline: '', anchor: `a-${id}`, blocks: [] };
  const flow = (i: number): FlowPage => ({ chapterId: id, opensChapter: i === 0, items: [], anchors: i === 1 ? [{ anchor: `s-${id}`, y: 20 }] : [], links: [] });
  return { chapter: node, pages: Array.from({ length: pages }, (_, i) => flow(i)) };
}

const toc: TocPage = { heading: null, items: [] };
const kinds = (plan: ReturnType<typeof planPages>) => plan.map((p) => (p.kind === 'chapter' ? `${p.chapter.id}${p.index}` : p.kind));

describe('the page plan', () => {
  test('puts the colophon on the back of the cover and chapters on new pages', () => {
    const plan = planPages(loadTemplate('werkplaats-a4'), [chapter('a', 1), chapter('b', 2)], [toc]);
    expect(kinds(plan)).toEqual(['cover', 'colophon', 'toc', 'a0', 'b0', 'b1']);
    expect(anchorPages(plan)).toEqual(new Map([['a-a', 4], ['a-b', 5], ['s-b', 6]]));
  });

  test('starts the contents and every chapter on a right-hand page, with a blank page before it if need be', () => {
    const plan = planPages(loadTemplate('bundel-a5'), [chapter('a', 1), chapter('b', 2), chapter('c', 1)], [toc]);
    expect(kinds(plan)).toEqual(['cover', 'colophon', 'toc', 'blank', 'a0', 'blank', 'b0', 'b1', 'c0']);
  });

  test('puts the colophon last when the template asks', () => {
    const a4 = loadTemplate('werkplaats-a4');
    const template: Template = { ...a4, colophon: { ...a4.colophon, placement: 'end' } };
    expect(kinds(planPages(template, [chapter('a', 1)], [toc, toc]))).toEqual(['cover', 'toc', 'toc', 'a0', 'colophon']);
  });
});
