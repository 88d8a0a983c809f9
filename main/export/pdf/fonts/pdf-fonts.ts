// The faces of one PDF document: embedded once each, subset, and able to give the
// subset's glyph codes for shaped text.
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontFace } from './font-face.js';
import { withEvenGlyphs } from './even-glyphs.js';
import { fontkitForPdfLib, SHAPING_FEATURES } from './fontkit.js';
import type { ShapedText } from './shaped-text.js';
import { SubsetGlyphs } from './subset-glyphs.js';

export interface EmbeddedFace {
  readonly face: FontFace;
  readonly pdfFont: PDFFont;
  /** Four-hex-digit subset glyph codes, one per glyph of `shaped`. */
  glyphCodes(shaped: ShapedText): readonly string[];
}

export class PdfFonts {
  private readonly embedded = new Map<FontFace, EmbeddedFace>();

  constructor(private readonly doc: PDFDocument) {
    doc.registerFontkit(fontkitForPdfLib);
  }

  /** Embeds the faces not embedded yet. Embedding is async in pdf-lib; drawing is not. */
  async embed(faces: Iterable<FontFace>): Promise<void> {
    for (const face of faces) {
      if (this.embedded.has(face)) continue;
      const pdfFont = await this.doc.embedFont(withEvenGlyphs(face.bytes), {
        subset: true,
        features: { ...SHAPING_FEATURES },
        customName: `${subsetTag(this.embedded.size)}+${face.name}`,
      });
      this.embedded.set(face, new GlyphEncoder(face, pdfFont));
    }
  }

  get(face: FontFace): EmbeddedFace {
    const found = this.embedded.get(face);
    if (found === undefined) throw new Error(`Font ${face.name} was not embedded before drawing`);
    return found;
  }
}

/** Subset glyph codes per shaped word, each glyph put into the subset by its id. */
class GlyphEncoder implements EmbeddedFace {
  private readonly subset: SubsetGlyphs;
  // Shaped words are cached per face, so most words of a publication come back here many times.
  private readonly words = new WeakMap<ShapedText, readonly string[]>();

  constructor(
    readonly face: FontFace,
    readonly pdfFont: PDFFont,
  ) {
    this.subset = new SubsetGlyphs(pdfFont);
  }

  glyphCodes(shaped: ShapedText): readonly string[] {
    let codes = this.words.get(shaped);
    if (codes === undefined) {
      codes = Array.from(shaped.glyphIds, (id, i) => this.subset.code(id, shaped.glyphTexts[i]!));
      this.words.set(shaped, codes);
    }
    return codes;
  }
}

/**
 * The six capital letters before "+" that mark a subset font (PDF 32000 9.6.4);
 * preflight tools and `pdffonts` read them. Unique per font within a document.
 */
function subsetTag(index: number): string {
  let tag = '';
  let rest = index;
  for (let i = 0; i < 6; i++) {
    tag = String.fromCharCode(65 + (rest % 26)) + tag;
    rest = Math.floor(rest / 26);
  }
  return tag;
}
