// One font file (one style of a family) with the measurements the line breaker needs.
import { openFont, type FontkitFont } from './fontkit.js';
import { HarfBuzzFont, type HarfBuzz } from './harfbuzz.js';
import { shapedText, type ShapedText } from './shaped-text.js';

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
  /** The glyph count: codes from here up are aliases, the glyph of each in `aliasGlyphs`. */
  private readonly glyphCount: number;
  private readonly aliasGlyphs: number[] = [];
  private readonly aliases = new Map<string, number>();
  private readonly readings = new WeakMap<ShapedText, Map<string, ShapedText>>();

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
    this.glyphCount = this.font.numGlyphs;
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

  /**
   * `shaped` drawn as it is but read as `text`, where a line break changed the
   * glyphs: its first glyph under a code of its own, an alias, whose entry in
   * the font's ToUnicode map says what it stands for here (cid-font.ts). So the
   * hyphen a break added reads as a soft hyphen (PDF 1.7 14.8.2.2.3), and the
   * "o" of "co-ordinatie" as the "ö" of "coördinatie". `shaped` itself when
   * `text` differs from it in more than the first glyph's characters, or when
   * the font's codes (65,536) run out.
   */
  readAs(shaped: ShapedText, text: string): ShapedText {
    let known = this.readings.get(shaped);
    if (known === undefined) {
      known = new Map();
      this.readings.set(shaped, known);
    }
    let reading = known.get(text);
    if (reading === undefined) {
      reading = this.aliased(shaped, text);
      known.set(text, reading);
    }
    return reading;
  }

  /** The glyph a character code shows: the glyph id itself, or an alias's glyph. */
  glyphOf(code: number): number {
    return code < this.glyphCount ? code : this.aliasGlyphs[code - this.glyphCount]!;
  }

  private aliased(shaped: ShapedText, text: string): ShapedText {
    if (shaped.glyphCount === 0) return shaped;
    const drawnFirst = shaped.glyphCount > 1 ? shaped.clusterStarts[1]! : shaped.text.length;
    const rest = shaped.text.slice(drawnFirst);
    if (!text.endsWith(rest) || text.length === rest.length) return shaped;
    const first = text.slice(0, text.length - rest.length);
    const glyph = shaped.glyphIds[0]!;
    const key = `${glyph} ${first}`;
    let code = this.aliases.get(key);
    if (code === undefined) {
      code = this.glyphCount + this.aliasGlyphs.length;
      if (code > 0xffff) return shaped;
      this.aliasGlyphs.push(glyph);
      this.aliases.set(key, code);
    }
    const glyphIds = shaped.glyphIds.slice();
    glyphIds[0] = code;
    const clusterStarts = shaped.clusterStarts.map((start, i) => (i === 0 ? 0 : start - drawnFirst + first.length));
    const { nominal, advances, xOffsets } = shaped;
    return shapedText({ text, glyphIds, glyphTexts: [first, ...shaped.glyphTexts.slice(1)], clusterStarts, nominal, advances, xOffsets });
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
