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

export function lineSums(items: readonly Item[]): Totals {
  const n = items.length;
  const width = new Float64Array(n + 1);
  const stretch = new Float64Array(n + 1);
  const shrink = new Float64Array(n + 1);
  const fill = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    width[i + 1] = width[i]! + (item.type === 'penalty' ? 0 : item.width);
    stretch[i + 1] = stretch[i]! + (item.type === 'glue' && !item.fill ? item.stretch : 0);
    shrink[i + 1] = shrink[i]! + (item.type === 'glue' ? item.shrink : 0);
    fill[i + 1] = fill[i]! + (item.type === 'glue' && item.fill ? 1 : 0);
  }
  return { width, stretch, shrink, fill };
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
