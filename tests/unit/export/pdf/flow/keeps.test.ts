// Keep-with-next and the widow and orphan rules, over many page-break positions.
import { beforeAll, describe, expect, test } from 'vitest';
import { flowChapter, type FlowContext } from '../../../../../main/export/pdf/flow/index.js';
import type { Block } from '../../../../../main/export/tree/types.js';
import { chapter, contextFor, heading, prose } from './helpers.js';
import { bottomOf, linesOf } from './inspect.js';

let ctx: FlowContext;
beforeAll(async () => {
  ctx = await contextFor('werkplaats-a4', 400);
});

describe('a heading', () => {
  test('is never last on a page and goes with at least two lines of what follows', () => {
    // Filler of every length from a few lines to more than a page moves the heading past every position.
    for (let words = 20; words <= 420; words += 14) {
      const blocks: Block[] = [prose(1, words), heading('Wat de werkgroep leerde'), prose(2, 80)];
      const { pages, audit } = flowChapter(chapter(blocks), ctx);
      expect(audit).toEqual([]);
      for (const page of pages) {
        for (const h of linesOf(page, 'heading')) {
          const after = linesOf(page, 'body').filter((b) => b.y >= bottomOf(h));
          expect(after.reduce((n, b) => n + b.lines.length, 0), `after ${words} words`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  test('at the top of a page loses its space above', () => {
    for (let words = 20; words <= 420; words += 14) {
      const { pages } = flowChapter(chapter([prose(1, words), heading('Wat de werkgroep leerde'), prose(2, 80)]), ctx);
      for (const page of pages.slice(1)) {
        const first = page.items[0];
        if (first?.kind === 'lines' && first.role === 'heading') expect(first.y).toBe(0);
      }
    }
  });

  test('carries its anchor to the page where it lands', () => {
    const { pages } = flowChapter(chapter([prose(1, 300), heading('Verder', 1, 'sec-verder'), prose(2, 80)]), ctx);
    const page = pages.find((p) => p.anchors.some((a) => a.anchor === 'sec-verder'))!;
    expect(linesOf(page, 'heading').length).toBe(1);
    expect(pages[0]!.anchors[0]).toEqual({ anchor: 'ch1', y: 0 });
  });
});

describe('widows and orphans', () => {
  test('at least two lines of a paragraph on each side of every page break', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const blocks = Array.from({ length: 8 }, (_, i) => prose(seed * 10 + i, 25 + ((seed * 37 + i * 11) % 90)));
      const { pages, audit } = flowChapter(chapter(blocks), ctx);
      expect(audit).toEqual([]);
      for (const page of pages) {
        for (const placed of linesOf(page, 'body')) {
          const { paragraph } = placed;
          if (paragraph === undefined || placed.lines.length === paragraph.total) continue;
          expect(placed.lines.length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  test('a page runs short rather than strand a line, and never by more than it must', () => {
    let short = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const blocks = Array.from({ length: 8 }, (_, i) => prose(seed * 10 + i, 25 + ((seed * 37 + i * 11) % 90)));
      const { pages } = flowChapter(chapter(blocks), ctx);
      for (const page of pages.slice(0, -1)) {
        const last = linesOf(page, 'body').at(-1)!;
        const room = ctx.height - bottomOf(last);
        // Two body lines is the most a break can cost: a three-line paragraph moved whole.
        expect(room, `seed ${seed}`).toBeLessThan(3 * ctx.template.body.leading);
        if (room >= ctx.template.body.leading) short += 1;
      }
    }
    expect(short).toBeGreaterThan(0);
  });
});
