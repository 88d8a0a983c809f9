// Running totals of width, stretch and shrink, so the natural width of any line
// is one subtraction instead of a walk over its items.
import { INFINITE_PENALTY, type Item } from './items.js';

export interface Totals {
  /** Sums over items[0, i): penalties count only where the line breaks. */
  readonly width: Float64Array;
  readonly stretch: Float64Array;
  readonly shrink: Float64Array;
  /** Glue of infinite stretch seen so far (only the paragraph's end has it). */
  readonly fill: Uint32Array;
}

export interface LineSums {
  /** The first item of the next line. */
  readonly index: number;
  readonly width: number;
  readonly stretch: number;
  readonly shrink: number;
  readonly fill: number;
}

function allocateTotals(length: number): Totals {
  return { width: new Float64Array(length), stretch: new Float64Array(length), shrink: new Float64Array(length), fill: new Uint32Array(length) };
}

let scratch = allocateTotals(1024);

/**
 * `expansion`: how far the glyphs of a justified line may widen or narrow, as
 * a fraction of their width (font expansion, as pdfTeX's): each box lends
 * that much of its width to the line's stretch and shrink.
 *
 * The totals are valid until the next call, and only up to `items.length`:
 * every paragraph's are written into the same arrays, grown when a paragraph
 * is longer. Four typed arrays per paragraph, their contents outside the heap,
 * were freed only by a later collection, and the collector promoted some
 * 7 MB of them in an export of the large project.
 */
export function lineSums(items: readonly Item[], expansion = 0): Totals {
  const n = items.length;
  if (scratch.width.length < n + 1) scratch = allocateTotals(Math.max(n + 1, scratch.width.length * 2));
  const { width, stretch, shrink, fill } = scratch;
  width[0] = stretch[0] = shrink[0] = fill[0] = 0;
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    width[i + 1] = width[i]! + (item.type === 'penalty' ? 0 : item.width);
    const lent = item.type === 'box' ? item.width * expansion : 0;
    stretch[i + 1] = stretch[i]! + (item.type === 'glue' && !item.fill ? item.stretch : lent);
    shrink[i + 1] = shrink[i]! + (item.type === 'glue' ? item.shrink : lent);
    fill[i + 1] = fill[i]! + (item.type === 'glue' && item.fill ? 1 : 0);
  }
  return scratch;
}

/**
 * Where the line after a break at `b` begins: glue and penalties right after a
 * break vanish (a line never starts with a space), up to the next box, the
 * paragraph's closing fill or a forced break.
 */
export function sumsAfterBreak(items: readonly Item[], totals: Totals, b: number): LineSums {
  let j = b + 1;
  while (j < items.length) {
    const item = items[j]!;
    if (item.type === 'box') break;
    if (item.type === 'penalty' && item.cost <= -INFINITE_PENALTY) break;
    // The paragraph's closing fill stays, so that an empty last line is still feasible.
    if (item.type === 'glue' && item.fill) break;
    j++;
  }
  return {
    index: j,
    width: totals.width[j]!,
    stretch: totals.stretch[j]!,
    shrink: totals.shrink[j]!,
    fill: totals.fill[j]!,
  };
}
