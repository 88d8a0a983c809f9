// Glyphs put into pdf-lib's font subset by id. pdf-lib's public way in,
// `PDFFont.encodeText`, shapes its text again on a second fontkit instance
// of the font (cold GSUB/GPOS tables, a new shaping plan per call): about a
// fifth of the visuals export's main thread went there, only to get back
// glyph ids the typesetter already had. This does what `encodeText` does with
// each glyph it finds (CustomFontSubsetEmbedder in pdf-lib 1.17), for glyphs
// we name. The embedder is private in pdf-lib's types, so it is checked for
// the members used here before it is trusted.
import type { PDFFont } from 'pdf-lib';

interface SubsetEmbedder {
  readonly font: { getGlyph(id: number, codePoints: number[]): unknown };
  readonly subset: { includeGlyph(id: number): number };
  /** By subset id − 1: what /W and the ToUnicode map are written from. */
  readonly glyphs: unknown[];
  readonly glyphIdMap: Map<number, number>;
  readonly glyphCache: { invalidate(): void };
}

export class SubsetGlyphs {
  private readonly embedder: SubsetEmbedder;

  constructor(pdfFont: PDFFont) {
    this.embedder = subsetEmbedder(pdfFont);
  }

  /**
   * The four-hex-digit code of font glyph `id` in the subset, adding it when
   * new; `text` is what the glyph stands for (two or more characters for a
   * ligature), for the ToUnicode map that makes the PDF's text searchable.
   */
  code(id: number, text: string): string {
    const { font, subset, glyphs, glyphIdMap, glyphCache } = this.embedder;
    let subsetId = glyphIdMap.get(id);
    if (subsetId === undefined) {
      subsetId = subset.includeGlyph(id);
      glyphs[subsetId - 1] = font.getGlyph(id, [...text].map((char) => char.codePointAt(0)!));
      glyphIdMap.set(id, subsetId);
      glyphCache.invalidate();
    }
    return subsetId.toString(16).padStart(4, '0').toUpperCase();
  }
}

function subsetEmbedder(pdfFont: PDFFont): SubsetEmbedder {
  const embedder: unknown = Reflect.get(pdfFont, 'embedder');
  if (!isSubsetEmbedder(embedder)) throw new Error(`pdf-lib's embedder of ${pdfFont.name} is not the subset embedder this version of Bundel knows`);
  return embedder;
}

function isSubsetEmbedder(value: unknown): value is SubsetEmbedder {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<Record<keyof SubsetEmbedder, unknown>>;
  return (
    hasMethod(e.font, 'getGlyph') &&
    hasMethod(e.subset, 'includeGlyph') &&
    Array.isArray(e.glyphs) &&
    e.glyphIdMap instanceof Map &&
    hasMethod(e.glyphCache, 'invalidate')
  );
}

function hasMethod(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, name) === 'function';
}
