// A word as the font shapes it: glyphs, kerning and ligatures resolved once, then
// reused for every occurrence of that word in the publication.
//
// Its figures per glyph are arrays of small integers (font units), which V8
// keeps as two objects each. Typed arrays were three (the array, its buffer
// and the buffer's store): a book's ~9,000 distinct words made 52,000 buffers,
// all kept for the export, which its first young-generation collections copied
// and promoted (tests/bench/RESULTS.md, session 23).

export interface ShapedText {
  readonly text: string;
  readonly glyphCount: number;
  readonly glyphIds: readonly number[];
  /** The characters each glyph stands for: two or more for a ligature. */
  readonly glyphTexts: readonly string[];
  /** UTF-16 offset in `text` where each glyph's characters begin. */
  readonly clusterStarts: readonly number[];
  /** Advance from the font's metrics table: what a PDF viewer uses (via /W). */
  readonly nominal: readonly number[];
  /** Advance after shaping (kerning included), in font units. */
  readonly advances: readonly number[];
  readonly xOffsets: readonly number[];
  /**
   * Pen shifts in font units that turn the nominal advances into the shaped
   * positions: `shifts[i]` is applied before glyph i, `shifts[glyphCount]` after
   * the last one. Kerning lives here.
   */
  readonly shifts: readonly number[];
  /** Total shaped advance in font units. */
  readonly width: number;
}

export interface GlyphData {
  readonly text: string;
  readonly glyphIds: readonly number[];
  readonly glyphTexts: readonly string[];
  readonly clusterStarts: readonly number[];
  readonly nominal: readonly number[];
  readonly advances: readonly number[];
  readonly xOffsets: readonly number[];
}

/** Completes glyph data with the pen shifts and total width. */
export function shapedText(data: GlyphData): ShapedText {
  const n = data.glyphIds.length;
  const shifts = new Array<number>(n + 1);
  let width = 0;
  // The PDF pen moves by the nominal advance after each glyph; the shaped pen
  // moves by the shaped advance and draws at the offset. Shifts reconcile them.
  let excess = 0;
  for (let i = 0; i < n; i++) {
    shifts[i] = excess + data.xOffsets[i]!;
    excess = data.advances[i]! - data.nominal[i]! - data.xOffsets[i]!;
    width += data.advances[i]!;
  }
  shifts[n] = excess;
  // Written out, not spread: a spread object literal is built through a slower path, once per distinct word.
  const { text, glyphIds, glyphTexts, clusterStarts, nominal, advances, xOffsets } = data;
  return { text, glyphCount: n, glyphIds, glyphTexts, clusterStarts, nominal, advances, xOffsets, shifts, width };
}

/** Index of the glyph whose characters begin at `offset`, or -1 inside a ligature. */
export function glyphAt(shaped: ShapedText, offset: number): number {
  if (offset === shaped.text.length) return shaped.glyphCount;
  for (let i = 0; i < shaped.glyphCount; i++) {
    const start = shaped.clusterStarts[i]!;
    if (start === offset) return i;
    if (start > offset) break;
  }
  return -1;
}

/** Kerning of glyph `i` against its right neighbour, in font units (zero for marks). */
export function kernAfter(shaped: ShapedText, i: number): number {
  const advance = shaped.advances[i]!;
  return advance > 0 ? advance - shaped.nominal[i]! : 0;
}

/**
 * Shaped advance of `text.slice(0, offset)` in font units, measured inside the
 * whole word so the kerning between its parts is kept. A break inside a
 * ligature (the "ffi" of "of-fi-ci-eel") takes the ligature's share in
 * proportion to the characters it covers.
 */
export function advanceBefore(shaped: ShapedText, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= shaped.text.length) return shaped.width;
  let sum = 0;
  for (let i = 0; i < shaped.glyphCount; i++) {
    const start = shaped.clusterStarts[i]!;
    const end = i + 1 < shaped.glyphCount ? shaped.clusterStarts[i + 1]! : shaped.text.length;
    if (end <= offset) {
      sum += shaped.advances[i]!;
      continue;
    }
    if (start < offset) sum += (shaped.advances[i]! * (offset - start)) / (end - start);
    break;
  }
  return sum;
}
