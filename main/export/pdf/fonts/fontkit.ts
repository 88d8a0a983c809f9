// The slice of fontkit that the typesetter relies on, typed narrowly so that the
// rest of the engine never touches fontkit's loose declarations directly.
import fontkit, { type Font, type SubsetStream } from '@pdf-lib/fontkit';

export interface FontkitFont {
  readonly postscriptName: string | null;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly numGlyphs: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** OpenType features named for every word (see harfbuzz.ts). */
export const SHAPING_FEATURES: Readonly<Record<string, boolean>> = { kern: true, liga: true };

export function openFont(bytes: Uint8Array): FontkitFont {
  return fontkit.create(bytes);
}

/** fontkit's own view of a font: what embedding a subset needs (cid-font.ts). */
export type SubsettableFont = Font;
export type { SubsetStream };

export function openSubsettable(bytes: Uint8Array): SubsettableFont {
  return fontkit.create(bytes);
}
