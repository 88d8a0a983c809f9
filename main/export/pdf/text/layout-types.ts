// The typesetter's answer for a paragraph: lines of positioned text runs, ready
// to be stacked on pages and drawn. All lengths are in points.
import type { ShapedText } from '../fonts/shaped-text.js';
import type { RunStyle } from './style.js';

export type RunPart =
  /**
   * `readAs`: what a reader reads instead of the glyphs' own text, where the
   * line break changed them: `SOFT_HYPHEN` for the hyphen it added, the word's
   * own spelling ("ördinatie") where it dropped a diaeresis ("co-ordinatie");
   * null where they read as themselves. Always present, so every text part
   * has one shape for the loops that write them.
   */
  | { readonly kind: 'text'; readonly shaped: ShapedText; readonly readAs: string | null }
  /** A word space, drawn as a real space glyph widened to `width` (justification). */
  | { readonly kind: 'space'; readonly width: number };

/** What the hyphen a line break adds stands for: a soft hyphen (U+00AD), no character of the word. */
export const SOFT_HYPHEN = '\u00ad';

/** Text in one style on one line. */
export interface GlyphRun {
  readonly style: RunStyle;
  /** Left edge, from the line's left edge. */
  readonly x: number;
  readonly width: number;
  /** Horizontal scale of the glyphs (font expansion of a justified line), 1 as designed; `width` includes it. */
  readonly scale: number;
  readonly parts: readonly RunPart[];
}

export interface LineLayout {
  /** Offset of the line from the paragraph's left edge (first-line indent). */
  readonly left: number;
  /** The width the line was set to. */
  readonly measure: number;
  /** Width of the set line: the measure for a justified line, less when ragged. */
  readonly width: number;
  /** Width with every space at its natural width. */
  readonly naturalWidth: number;
  /**
   * How far the first and last characters hang past the measure, left and right
   * (character protrusion): the runs begin at `-protrusion.left`, and `width`
   * includes both.
   */
  readonly protrusion: { readonly left: number; readonly right: number };
  /** Height of the line box: the leading, more if something taller is on it. */
  readonly height: number;
  /** Distance from the top of the line box to the baseline. */
  readonly baseline: number;
  /** It ends at a hyphenation point or a hyphen of the text's own (what the limit on hyphens in a row counts). */
  readonly hyphenated: boolean;
  /** It ends inside a word (hyphenated, or cut as a last resort): no word space follows its end. */
  readonly endsInWord: boolean;
  /** Nothing fitted: the line sticks out past its measure. */
  readonly overfull: boolean;
  readonly runs: readonly GlyphRun[];
}

export interface ParagraphLayout {
  readonly lines: readonly LineLayout[];
  /** Sum of the line heights. */
  readonly height: number;
  /** The tolerance the line breaker needed (Infinity: emergency pass). */
  readonly tolerance: number;
}

/**
 * `line` moved along its measure to `left` (centred or ragged-left text).
 * Written out whole, in setLine's order: a spread copy had a shape of its own,
 * and code that every line passes through, made for the one, was made anew.
 */
export function lineAt(line: LineLayout, left: number): LineLayout {
  return {
    left,
    measure: line.measure,
    width: line.width,
    naturalWidth: line.naturalWidth,
    protrusion: line.protrusion,
    height: line.height,
    baseline: line.baseline,
    hyphenated: line.hyphenated,
    endsInWord: line.endsInWord,
    overfull: line.overfull,
    runs: line.runs,
  };
}

/** The text of a line as a reader sees it (spaces, hyphens, ligatures as letters). */
export function lineText(line: LineLayout): string {
  return line.runs.map(runText).join('');
}

/** The text of a run as a reader sees it. */
export function runText(run: GlyphRun): string {
  return run.parts.map((part) => (part.kind === 'text' ? part.shaped.text : ' ')).join('');
}
