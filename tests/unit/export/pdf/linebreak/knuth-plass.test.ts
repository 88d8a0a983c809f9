// The line breaker on hand-made items, where the right answer is known.
import { describe, expect, test } from 'vitest';
import { box, breakLines, glue, paragraphEnd, penalty, type Item } from '../../../../../main/export/pdf/linebreak/index.js';
import { seededRandom } from '../dutch-text.js';

/** Words of the given widths separated by spaces of width 3 (stretch 2, shrink 1). */
function words(widths: readonly number[]): Item[] {
  const items: Item[] = [];
  widths.forEach((w, i) => {
    if (i > 0) items.push(glue(3, 2, 1));
    items.push(box(w));
  });
  return [...items, ...paragraphEnd()];
}

/** Natural width of each line (without the break's own glue). */
function naturalWidths(items: readonly Item[], lines: ReturnType<typeof breakLines>['lines']): number[] {
  return lines.map(({ start, end }) => {
    let width = 0;
    for (let i = start; i < end; i++) {
      const item = items[i]!;
      if (item.type !== 'penalty') width += item.width;
    }
    const last = items[end]!;
    return width + (last.type === 'penalty' ? last.width : 0);
  });
}

describe('Knuth–Plass line breaking', () => {
  test('breaks exactly where lines fill the measure', () => {
    const items = words([10, 10, 10, 10, 10, 10]);
    const { lines } = breakLines(items, { lineWidth: 23 });
    expect(lines).toHaveLength(3);
    expect(naturalWidths(items, lines)).toEqual([23, 23, 23]);
    expect(lines.slice(0, 2).map((l) => l.ratio)).toEqual([0, 0]);
  });

  test('balances lines instead of filling each in turn (total fit)', () => {
    // First fit would set "10 5 5 15 5" (52, shrunk) and leave "20 5 5" at
    // ratio 3.5; the total fit sets two lines at ratio 1.
    const items = words([10, 5, 5, 15, 5, 20, 5, 5, 20, 15]);
    const { lines } = breakLines(items, { lineWidth: 50, tolerances: [4] });
    expect(naturalWidths(items, lines)).toEqual([44, 44, 38]);
    expect(lines.slice(0, 2).map((l) => l.ratio)).toEqual([1, 1]);
  });

  test('uses a different width for each line when asked', () => {
    const items = words(Array.from({ length: 12 }, () => 10));
    const measure = (line: number): number => (line < 2 ? 23 : 49);
    const { lines } = breakLines(items, { lineWidth: measure });
    const widths = naturalWidths(items, lines);
    expect(widths.slice(0, 3)).toEqual([23, 23, 49]);
  });

  test('adds the hyphen’s width when breaking at a hyphenation point', () => {
    // "aaaa-bbbb": a break at the penalty puts a 4-wide hyphen on the line.
    const items: Item[] = [box(30), glue(3, 2, 1), box(10), penalty(4, 50, true), box(10), glue(3, 2, 1), box(30), ...paragraphEnd()];
    const { lines } = breakLines(items, { lineWidth: 47 });
    expect(lines[0]!.hyphenated).toBe(true);
    expect(naturalWidths(items, lines)[0]).toBe(47);
  });

  test('allows no more than two hyphenated lines in a row, deciding so in the search', () => {
    // Random words of random syllables: without the limit some paragraphs have
    // three or more hyphenated lines in a row; with it none may.
    const random = seededRandom(11);
    const paragraphs = Array.from({ length: 200 }, () => {
      const items: Item[] = [];
      for (let w = 0; w < 40; w++) {
        if (w > 0) items.push(glue(3, 2, 1));
        const syllables = 1 + Math.floor(random() * 4);
        for (let s = 0; s < syllables; s++) {
          if (s > 0) items.push(penalty(2, 50, true));
          items.push(box(4 + Math.floor(random() * 8)));
        }
      }
      return [...items, ...paragraphEnd()];
    });
    const longestRun = (max: number): number => {
      let longest = 0;
      for (const items of paragraphs) {
        let current = 0;
        for (const line of breakLines(items, { lineWidth: 60, maxConsecutiveHyphens: max }).lines) {
          current = line.hyphenated ? current + 1 : 0;
          longest = Math.max(longest, current);
        }
      }
      return longest;
    };
    expect(longestRun(99)).toBeGreaterThan(2);
    expect(longestRun(2)).toBe(2);
    expect(longestRun(1)).toBe(1);
  });

  test('retries with a larger tolerance before giving up', () => {
    const items = words([10, 10, 10]);
    // 10 + 3 + 10 = 23 in a 30 measure needs ratio 3.5.
    const result = breakLines(items, { lineWidth: 30, tolerances: [1, 2, 4] });
    expect(result.tolerance).toBe(4);
    expect(result.lines[0]!.ratio).toBeCloseTo(3.5);
  });

  test('sets an overfull line instead of failing when nothing fits', () => {
    const items = words([10, 80, 10]);
    const result = breakLines(items, { lineWidth: 30 });
    expect(result.tolerance).toBe(Infinity);
    expect(result.lines.some((l) => l.overfull)).toBe(true);
    expect(result.lines.length).toBeGreaterThanOrEqual(2);
  });

  test('uses emergency break points only when nothing else works', () => {
    const emergencyBreak: Item = { type: 'penalty', width: 0, cost: 0, flagged: false, emergency: true };
    const items: Item[] = [box(20), emergencyBreak, box(20), glue(3, 2, 1), box(10), ...paragraphEnd()];
    const wide = breakLines(items, { lineWidth: 53 });
    expect(wide.lines).toHaveLength(1);
    const narrow = breakLines(items, { lineWidth: 22 });
    expect(narrow.lines[0]!.end).toBe(1);
    expect(narrow.lines.every((l) => !l.overfull)).toBe(true);
  });

  test('looseness asks for one line more', () => {
    const items = words(Array.from({ length: 20 }, () => 10));
    const tight = breakLines(items, { lineWidth: 62, tolerances: [4] });
    const loose = breakLines(items, { lineWidth: 62, tolerances: [4], looseness: 1 });
    expect(loose.lines.length).toBe(tight.lines.length + 1);
  });
});
