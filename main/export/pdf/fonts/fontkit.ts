// The slice of fontkit that the typesetter relies on, typed narrowly so that the
// rest of the engine never touches fontkit's loose declarations directly.
import fontkit from '@pdf-lib/fontkit';

export interface FontkitGlyph {
  readonly id: number;
  /** Code points this glyph stands for: two or more for a ligature such as "fi". */
  readonly codePoints: readonly number[];
  /** Advance from the hmtx table: what a PDF viewer uses (via /W) for this glyph. */
  readonly advanceWidth: number;
}

export interface FontkitPosition {
  /** Advance after shaping: the nominal advance plus kerning (GPOS or kern table). */
  readonly xAdvance: number;
  readonly xOffset: number;
}

export interface FontkitRun {
  readonly glyphs: readonly FontkitGlyph[];
  readonly positions: readonly FontkitPosition[];
}

export interface FontkitFont {
  readonly postscriptName: string | null;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: Record<string, boolean>): FontkitRun;
}

/**
 * OpenType features used for every word, and given to pdf-lib's embedder too, so
 * that the glyphs pdf-lib encodes are exactly the glyphs we measured.
 */
export const SHAPING_FEATURES: Readonly<Record<string, boolean>> = { kern: true, liga: true };

export function openFont(bytes: Uint8Array): FontkitFont {
  return fontkit.create(bytes);
}

/** What pdf-lib's `registerFontkit` expects. */
export const fontkitForPdfLib = fontkit;
