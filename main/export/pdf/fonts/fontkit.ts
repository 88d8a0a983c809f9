// The slice of fontkit that the typesetter relies on, typed narrowly so that the
// rest of the engine never touches fontkit's loose declarations directly.
import fontkit from '@pdf-lib/fontkit';

export interface FontkitFont {
  readonly postscriptName: string | null;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * OpenType features named for every word (see harfbuzz.ts). pdf-lib's embedder
 * gets them too, though glyphs reach its subset by id (subset-glyphs.ts), never
 * through its own shaping.
 */
export const SHAPING_FEATURES: Readonly<Record<string, boolean>> = { kern: true, liga: true };

export function openFont(bytes: Uint8Array): FontkitFont {
  return fontkit.create(bytes);
}

/** What pdf-lib's `registerFontkit` expects. */
export const fontkitForPdfLib = fontkit;
