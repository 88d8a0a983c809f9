/**
 * Guesses the height of blocks that were never drawn, and learns from the
 * ones that were. The text's measure (characters per line) is measured once
 * on the first drawn paragraphs; then each kind of block (paragraph, list,
 * quote, kader…) keeps how its drawn heights compare with the guesses, and
 * later guesses are scaled by that. The better the guesses, the less the
 * scrollbar changes length while the chapter is read through.
 */
import type { Node } from 'prosemirror-model';
import { defaultMetrics, estimateHeight, measureCharsPerLine, type TextMetrics } from './estimate.js';

/** A kind's guesses are made again once its scale moved by more than this. */
const drift = 0.03;

export class HeightGuess {
  private metrics: TextMetrics = defaultMetrics;
  private measured = false;
  private readonly kinds = new Map<string, { drawn: number; guessed: number }>();
  /** The scales the standing guesses were made with. */
  private readonly used = new Map<string, number>();
  private readonly learned = new WeakSet<Node>();
  /** The measure changed: every guess standing is to be made again. */
  private remeasured = false;

  /** Whether the measure is known (else `measure` should be given drawn paragraphs). */
  get calibrated(): boolean {
    return this.measured;
  }

  /** Takes the measure from drawn paragraphs; false while there are too few. */
  measure(lineHeight: number, fontSize: number, paragraphs: readonly { chars: number; height: number }[]): boolean {
    const charsPerLine = measureCharsPerLine(paragraphs, lineHeight);
    if (charsPerLine === null) return false;
    this.metrics = { lineHeight, fontSize, charsPerLine };
    this.measured = true;
    this.remeasured = true;
    this.kinds.clear();
    this.used.clear();
    return true;
  }

  /** Starts over: the text's width changed, so every height is a guess again. */
  forget(): void {
    this.measured = false;
    this.metrics = defaultMetrics;
    this.kinds.clear();
    this.used.clear();
  }

  /**
   * A drawn block's height, once per block (an edited block is a new node and
   * counts again). Not a kader's or figure's: drawn, it may still be waiting
   * for its items or picture.
   */
  learn(node: Node, height: number): void {
    if (!this.measured || node.isAtom || this.learned.has(node)) return;
    this.learned.add(node);
    const kind = this.kinds.get(node.type.name) ?? { drawn: 0, guessed: 0 };
    kind.drawn += height;
    kind.guessed += estimateHeight(node, this.metrics);
    this.kinds.set(node.type.name, kind);
  }

  guess(node: Node): number {
    return Math.round(estimateHeight(node, this.metrics) * this.scale(node.type.name));
  }

  /** Whether some kind's guesses are off by enough to make them again. */
  stale(): boolean {
    if (this.remeasured) return true;
    for (const name of this.kinds.keys()) if (Math.abs(this.scale(name) / (this.used.get(name) ?? 1) - 1) > drift) return true;
    return false;
  }

  /** The standing guesses are made again now. */
  settle(): void {
    this.remeasured = false;
    for (const name of this.kinds.keys()) this.used.set(name, this.scale(name));
  }

  private scale(name: string): number {
    const kind = this.kinds.get(name);
    return kind && kind.guessed > 0 ? kind.drawn / kind.guessed : 1;
  }
}
