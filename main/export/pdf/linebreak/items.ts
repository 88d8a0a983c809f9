// Knuth and Plass's vocabulary: a paragraph is a row of boxes (fixed material),
// glue (space that stretches and shrinks) and penalties (possible breaks).
// Items carry only measurements; the caller keeps what they stand for.

export const INFINITE_PENALTY = 10_000;

export interface Box {
  readonly type: 'box';
  readonly width: number;
}

export interface Glue {
  readonly type: 'glue';
  readonly width: number;
  readonly stretch: number;
  readonly shrink: number;
  /**
   * Stretch of infinite order (TeX's `fil`): the glue that ends a paragraph so
   * that its last line may be as short as it likes.
   */
  readonly fill: boolean;
}

export interface Penalty {
  readonly type: 'penalty';
  /** Width added to the line when it breaks here (the hyphen). */
  readonly width: number;
  /** Cost of breaking here; ≥ INFINITE_PENALTY forbids, ≤ -INFINITE_PENALTY forces. */
  readonly cost: number;
  /** A hyphenated break: consecutive flagged breaks are limited and cost extra. */
  readonly flagged: boolean;
  /** Considered only in the last, emergency pass (a break inside a URL, say). */
  readonly emergency: boolean;
}

export type Item = Box | Glue | Penalty;

export const box = (width: number): Box => ({ type: 'box', width });

// Every item of a kind has the same fields, which keeps the breaker's inner loop
// monomorphic for the JavaScript engine.
export const glue = (width: number, stretch: number, shrink: number): Glue => ({
  type: 'glue',
  width,
  stretch,
  shrink,
  fill: false,
});

export const penalty = (width: number, cost: number, flagged = false, emergency = false): Penalty => ({
  type: 'penalty',
  width,
  cost,
  flagged,
  emergency,
});

/** The end of every paragraph: no break before the fill, a forced break after it. */
export function paragraphEnd(): Item[] {
  // The fill written as glue() writes glue, not spread from it: a spread object has a shape of its own.
  const fill: Glue = { type: 'glue', width: 0, stretch: 0, shrink: 0, fill: true };
  return [penalty(0, INFINITE_PENALTY), fill, penalty(0, -INFINITE_PENALTY)];
}
