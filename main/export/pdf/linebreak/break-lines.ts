// The policy around the algorithm: try strict tolerances first and relax them,
// then an emergency pass that always succeeds, so a paragraph is never refused.
import type { Item } from './items.js';
import { knuthPlassPass, type LineBreak, type PassOptions } from './knuth-plass.js';
import { lineSums } from './line-sums.js';

export interface BreakOptions {
  readonly lineWidth: number | ((line: number) => number);
  /** The first line's width when only it differs (a first-line indent); at most `lineWidth`. */
  readonly firstLineWidth?: number;
  /** Tolerances tried in order (adjustment ratios); TeX's 200 is about 1.26. */
  readonly tolerances?: readonly number[];
  readonly linePenalty?: number;
  readonly flaggedDemerits?: number;
  readonly fitnessDemerits?: number;
  readonly finalHyphenDemerits?: number;
  readonly maxConsecutiveHyphens?: number;
  readonly looseness?: number;
  /** Extra stretch per line in the emergency pass; default a tenth of the first line's width. */
  readonly emergencyStretch?: number;
  /** How far a line's glyphs may widen or narrow, as a fraction of their width (line-sums.ts); default none. */
  readonly expansion?: number;
}

export interface BrokenParagraph {
  readonly lines: readonly LineBreak[];
  /** The tolerance that succeeded; Infinity for the emergency pass. */
  readonly tolerance: number;
}

const DEFAULT_TOLERANCES = [1, 2, 4];
/**
 * No emergency stretch, as -0: V8 keeps a field first given a small integer
 * as an integer, and when the emergency pass gave a fraction, the options'
 * shape was made anew, and the breaker with it, mid-book. -0 is kept as a
 * double from the start, and adds nothing.
 */
const NO_STRETCH = -0;
const EMERGENCY_STRETCH = 0.1;

export function breakLines(items: readonly Item[], options: BreakOptions): BrokenParagraph {
  const sums = lineSums(items, options.expansion ?? 0);
  for (const tolerance of options.tolerances ?? DEFAULT_TOLERANCES) {
    const lines = knuthPlassPass(items, sums, passOptions(options, tolerance, false, NO_STRETCH));
    if (lines !== null) return { lines, tolerance };
  }
  const first = typeof options.lineWidth === 'number' ? options.lineWidth : options.lineWidth(0);
  // The emergency pass takes lines of any looseness: no tolerance.
  const lines = knuthPlassPass(items, sums, passOptions(options, 0, true, options.emergencyStretch ?? first * EMERGENCY_STRETCH));
  if (lines === null) throw new Error('Line breaking failed even in the emergency pass');
  return { lines, tolerance: Infinity };
}

/**
 * A pass's options written out whole, every field in the same order: one
 * shape for every pass of every paragraph, its fields in the object itself,
 * which the breaker's inner loop reads. (Spread from shared options, the
 * fields added went to a second object, and a first-line width present or not
 * made two shapes.)
 */
function passOptions(options: BreakOptions, tolerance: number, emergency: boolean, emergencyStretch: number): PassOptions {
  return {
    lineWidth: options.lineWidth,
    firstLineWidth: options.firstLineWidth,
    tolerance,
    linePenalty: options.linePenalty ?? 10,
    flaggedDemerits: options.flaggedDemerits ?? 3000,
    fitnessDemerits: options.fitnessDemerits ?? 3000,
    finalHyphenDemerits: options.finalHyphenDemerits ?? 5000,
    maxConsecutiveHyphens: options.maxConsecutiveHyphens ?? 2,
    looseness: options.looseness ?? 0,
    emergency,
    emergencyStretch,
  };
}
