// The faces of one PDF document: embedded once each, subset, and able to give the
// subset's glyph codes for shaped text.
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontFace } from './font-face.js';
import { withEvenGlyphs } from './even-glyphs.js';
import { fontkitForPdfLib, SHAPING_FEATURES } from './fontkit.js';
import type { ShapedText } from './shaped-text.js';

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

/**
 * Learns the subset code of each glyph through pdf-lib's public `encodeText`
 * (subset ids are assigned per document and the embedder is private). A glyph
 * is learnt from its own characters when they shape to that glyph alone — so a
 * publication costs one call per distinct glyph, not per distinct word — and
 * otherwise from the text it was shaped in.
 */
class GlyphEncoder implements EmbeddedFace {
  private readonly codes = new Map<number, string>();
  // Shaped words are cached per face, so most words of a publication come back here many times.
  private readonly words = new WeakMap<ShapedText, readonly string[]>();

  constructor(
    readonly face: FontFace,
    readonly pdfFont: PDFFont,
  ) {}

  glyphCodes(shaped: ShapedText): readonly string[] {
    let codes = this.words.get(shaped);
    if (codes === undefined) {
      codes = this.lookUp(shaped);
      this.words.set(shaped, codes);
    }
    return codes;
  }

  private lookUp(shaped: ShapedText): readonly string[] {
    const out: string[] = [];
    for (let i = 0; i < shaped.glyphCount; i++) {
      const id = shaped.glyphIds[i]!;
      let code = this.codes.get(id);
      if (code === undefined) {
        this.learn(id, shaped.glyphTexts[i]!, shaped.sources);
        code = this.codes.get(id);
        if (code === undefined) throw new Error(`No code for glyph ${id} of "${shaped.text}" in ${this.face.name}`);
      }
      out.push(code);
    }
    return out;
  }

  private learn(id: number, chars: string, sources: readonly string[]): void {
    const alone = this.face.shape(chars);
    if (alone.glyphCount === 1 && alone.glyphIds[0] === id) {
      const hex = this.pdfFont.encodeText(chars).asString();
      if (hex.length === 4) {
        this.codes.set(id, hex);
        return;
      }
    }
    for (const source of sources) this.learnAll(source);
  }

  private learnAll(text: string): void {
    const shaped = this.face.shape(text);
    const hex = this.pdfFont.encodeText(text).asString();
    if (hex.length !== shaped.glyphCount * 4) {
      throw new Error(`Glyphs of "${text}" differ between measuring and embedding`);
    }
    for (let i = 0; i < shaped.glyphCount; i++) this.codes.set(shaped.glyphIds[i]!, hex.slice(i * 4, i * 4 + 4));
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
