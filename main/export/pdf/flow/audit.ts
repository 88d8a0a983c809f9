// The layout audit: read back from the pages themselves, not from what the
// engine meant to do. Overfull lines (and content past the foot of the text
// area), widows and orphans in paragraph text, a heading last on a page, a
// figure not whole on one page.
import type { AuditFinding, AuditProblem, FlowPage, Placed } from './types.js';
import { linesHeight } from './notes.js';

const TOLERANCE = 0.5;
const HEADING_ROLES = new Set(['title', 'heading', 'label']);

export function auditFlow(pages: readonly FlowPage[], areaHeight: number): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const figurePages = new Map<number, Set<number>>();
  pages.forEach((page, index) => {
    const at = { chapterId: page.chapterId, page: index + 1 };
    const add = (problem: AuditProblem): void => {
      findings.push({ ...problem, ...at });
    };
    let lowest: Placed | null = null;
    let lowestBottom = -Infinity;
    for (const item of page.items) {
      const bottom = bottomOf(item);
      if (bottom > areaHeight + TOLERANCE) add({ rule: 'overfull', amount: tenths(bottom - areaHeight), text: null });
      if ('figure' in item && item.figure !== undefined) {
        const seen = figurePages.get(item.figure) ?? new Set<number>();
        seen.add(index);
        figurePages.set(item.figure, seen);
      }
      if (item.kind !== 'lines') continue;
      for (const line of item.lines) {
        if (line.excess > TOLERANCE) add({ rule: 'overfull', amount: tenths(line.excess), text: line.reading });
      }
      const paragraph = item.paragraph;
      if (paragraph !== undefined && item.lines.length < 2) {
        const continues = paragraph.first + item.lines.length < paragraph.total;
        if (paragraph.first > 0) add({ rule: 'widow', text: item.lines[0]!.reading });
        else if (continues) add({ rule: 'orphan', text: item.lines[0]!.reading });
      }
      if (item.role !== 'note' && item.role !== 'noteNumber' && bottom > lowestBottom) {
        lowest = item;
        lowestBottom = bottom;
      }
    }
    const lastOfChapter = index === pages.length - 1 || pages[index + 1]!.chapterId !== page.chapterId;
    if (!lastOfChapter && lowest?.kind === 'lines' && HEADING_ROLES.has(lowest.role ?? '')) {
      add({ rule: 'headingLast', text: lowest.lines[0]!.reading });
    }
  });
  for (const [figure, seen] of figurePages) {
    if (seen.size > 1) {
      const on = [...seen].sort((a, b) => a - b).map((p) => p + 1);
      findings.push({ rule: 'splitFigure', chapterId: pages[on[0]! - 1]!.chapterId, page: on[0]!, figure, pages: on });
    }
  }
  return findings;
}

/** A length in pt to a tenth, as the notes say it. */
function tenths(pt: number): number {
  return Math.round(pt * 10) / 10;
}

function bottomOf(item: Placed): number {
  switch (item.kind) {
    case 'lines':
      return item.y + linesHeight(item.lines);
    case 'rule':
      return Math.max(item.y1, item.y2);
    default:
      return item.y + item.height;
  }
}
