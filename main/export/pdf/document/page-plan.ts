/**
 * The sequence of pages: the cover, the colophon on its back (or at the end),
 * the contents, and the chapters — each on a new page, or on a right-hand page
 * with a blank page before it when the template asks. Page numbers count from
 * the cover, so the folios, the contents and a PDF reader's page numbers agree.
 */
import type { Template } from '../../template/index.js';
import type { ChapterNode } from '../../tree/types.js';
import { isRightPage } from './geometry.js';
import type { TocPage } from './toc-layout.js';
import type { FlowPage } from '../flow/index.js';

export type PlannedPage =
  | { readonly kind: 'cover' }
  | { readonly kind: 'colophon' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'toc'; readonly toc: TocPage }
  | { readonly kind: 'chapter'; readonly chapter: ChapterNode; readonly flow: FlowPage; readonly index: number };

export interface FlowedChapter {
  readonly chapter: ChapterNode;
  readonly pages: readonly FlowPage[];
}

export function planPages(template: Template, chapters: readonly FlowedChapter[], toc: readonly TocPage[]): PlannedPage[] {
  const plan: PlannedPage[] = [{ kind: 'cover' }];
  const colophonAtEnd = template.colophon.placement === 'end';
  if (!colophonAtEnd) plan.push({ kind: 'colophon' });
  const startSection = (): void => {
    // plan.length + 1 is the number the next page gets.
    if (template.page.chapterStart === 'rightPage' && !isRightPage(plan.length + 1)) plan.push({ kind: 'blank' });
  };
  if (toc.length > 0) startSection();
  for (const page of toc) plan.push({ kind: 'toc', toc: page });
  for (const { chapter, pages } of chapters) {
    if (pages.length === 0) continue;
    startSection();
    pages.forEach((flow, index) => plan.push({ kind: 'chapter', chapter, flow, index }));
  }
  if (colophonAtEnd) plan.push({ kind: 'colophon' });
  return plan;
}

/** The page number of every anchor placed in the chapters, and of each chapter's own anchor. */
export function anchorPages(plan: readonly PlannedPage[]): Map<string, number> {
  const pages = new Map<string, number>();
  plan.forEach((page, i) => {
    if (page.kind !== 'chapter') return;
    if (page.index === 0 && !pages.has(page.chapter.anchor)) pages.set(page.chapter.anchor, i + 1);
    for (const anchor of page.flow.anchors) if (!pages.has(anchor.anchor)) pages.set(anchor.anchor, i + 1);
  });
  return pages;
}
