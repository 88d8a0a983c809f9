// One font file (one style of a family) with the measurements the line breaker needs.
import { openFont, type FontkitFont } from './fontkit.js';
import { HarfBuzzFont, type HarfBuzz } from './harfbuzz.js';
import type { ShapedText } from './shaped-text.js';

let nextFaceId = 1;

export class FontFace {
  /** Stable within the process; used to key caches and style identity. */
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly unitsPerEm: number;
  /** Ascender above the baseline, font units (positive). */
  readonly ascent: number;
  /** Descender below the baseline, font units (positive). */
  readonly descent: number;
  private readonly font: FontkitFont;
  private readonly shaper: HarfBuzzFont;
  // Natural text repeats its words heavily; shaping each distinct string once is
  // what makes the typesetter fast (pdf-lib's own measuring re-shapes every call).
  private readonly shapes = new Map<string, ShapedText>();

  /** `harfBuzz` is what `loadHarfBuzz()` gave: the shaper, loaded once per process. */
  constructor(bytes: Uint8Array, harfBuzz: HarfBuzz, label?: string) {
    if (isWoff(bytes)) {
      // fontkit's subsetter can crash the process on WOFF input (EXPORT-NOTES).
      throw new Error(`Font ${label ?? ''} is WOFF/WOFF2; only TTF or OTF can be embedded`);
    }
    this.id = nextFaceId++;
    this.bytes = bytes;
    this.font = openFont(bytes);
    this.shaper = new HarfBuzzFont(harfBuzz, bytes);
    this.name = this.font.postscriptName ?? label ?? `font-${this.id}`;
    this.unitsPerEm = this.font.unitsPerEm;
    this.ascent = this.font.ascent;
    this.descent = Math.abs(this.font.descent);
  }

  hasGlyph(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  shape(text: string): ShapedText {
    let shaped = this.shapes.get(text);
    if (shaped === undefined) {
      shaped = this.shaper.shape(text);
      this.shapes.set(text, shaped);
    }
    return shaped;
  }

  /** Width of `text` in points at `size`. */
  widthOf(text: string, size: number): number {
    return (this.shape(text).width * size) / this.unitsPerEm;
  }

  /** Converts font units to points at `size`. */
  toPoints(units: number, size: number): number {
    return (units * size) / this.unitsPerEm;
  }
}

function isWoff(bytes: Uint8Array): boolean {
  const tag = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0);
  return tag === 'wOFF' || tag === 'wOF2';
}
