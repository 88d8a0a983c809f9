// A kader longer than the room left on the page splits, its frame continued.
import { beforeAll, expect, test } from 'vitest';
import { flowChapter, type FlowContext, type FlowPage, type PlacedRect } from '../../../../../main/export/pdf/flow/index.js';
import { chapter, contextFor, practiceBox, prose } from './helpers.js';
import { bottomOf, linesOf, textOf } from './inspect.js';

let ctx: FlowContext;
beforeAll(async () => {
  ctx = await contextFor('werkplaats-a4');
});

const frames = (page: FlowPage): PlacedRect[] => page.items.filter((i): i is PlacedRect => i.kind === 'rect');

test('splits across pages with the frame open at the break and its background continued', () => {
  const { pages, audit } = flowChapter(chapter([prose(1, 200), practiceBox(10), prose(3, 120)]), ctx);
  expect(audit).toEqual([]);
  const withFrame = pages.map((page, i) => ({ page, i, frame: frames(page)[0] })).filter((p) => p.frame !== undefined);
  expect(withFrame.length).toBeGreaterThanOrEqual(2);
  const [first, second] = withFrame as [{ page: FlowPage; frame: PlacedRect; i: number }, { page: FlowPage; frame: PlacedRect; i: number }];
  expect(second.i).toBe(first.i + 1);
  const colors = ctx.template.boxes.kinds.practiceExample;
  for (const { frame } of withFrame) {
    expect(frame.fill).toBe(colors.background);
    expect(frame.stroke).toBe(colors.border);
    expect(frame.sides.left && frame.sides.right).toBe(true);
  }
  // Open at the break: no bottom edge on the first part, no top edge on the next.
  expect(first.frame.sides).toMatchObject({ top: true, bottom: false });
  expect(second.frame.sides).toMatchObject({ top: false });
  expect(second.frame.y).toBe(0);
  // The frame holds its lines, with the padding below them at the break.
  const inside = linesOf(first.page, 'body').filter((l) => l.y >= first.frame.y);
  const lowest = Math.max(...inside.map(bottomOf));
  expect(first.frame.y + first.frame.height).toBeCloseTo(lowest + ctx.template.boxes.padding, 1);
  expect(first.frame.y + first.frame.height).toBeLessThanOrEqual(ctx.height);
  // The continued part starts below the padding.
  const firstInside = linesOf(second.page, 'body', 'label', 'heading')[0]!;
  expect(firstInside.y).toBeGreaterThanOrEqual(ctx.template.boxes.padding);
  // The kind label and title open the kader; the text after it follows the closed frame.
  expect(textOf(first.page, 'label')).toContain('PRAKTIJKVOORBEELD');
  const last = withFrame.at(-1)!;
  expect(last.frame.sides.bottom).toBe(true);
});

test('never leaves fewer than two lines of a paragraph on either side of the break', () => {
  for (let words = 100; words <= 500; words += 20) {
    const { pages, audit } = flowChapter(chapter([prose(1, words), practiceBox(8)]), ctx);
    expect(audit, `after ${words} words`).toEqual([]);
    for (const page of pages) {
      for (const placed of linesOf(page, 'body')) {
        if (placed.paragraph !== undefined && placed.lines.length < placed.paragraph.total) {
          expect(placed.lines.length).toBeGreaterThanOrEqual(2);
        }
      }
    }
  }
});

test('a label never ends a page inside the kader', () => {
  for (let words = 100; words <= 500; words += 20) {
    const { pages } = flowChapter(chapter([prose(1, words), practiceBox(8)]), ctx);
    for (const page of pages.slice(0, -1)) {
      const last = linesOf(page).filter((l) => l.role !== 'note' && l.role !== 'noteNumber').sort((a, b) => bottomOf(b) - bottomOf(a))[0]!;
      expect(['label', 'heading', 'title']).not.toContain(last.role);
    }
  }
});
