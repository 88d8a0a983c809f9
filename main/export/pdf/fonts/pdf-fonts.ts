// The faces of one PDF document: each embedded once, as a subset of the glyphs
// its text used, with the face's glyph ids as character codes (cid-font.ts).
import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import { CidFont, literalCode } from './cid-font.js';
import type { FontFace } from './font-face.js';
import type { ShapedText } from './shaped-text.js';
import { Inks } from '../colour/index.js';

export interface EmbeddedFace {
  readonly face: FontFace;
  readonly ref: PDFRef;
  /** The font's key in a page's /Resources /Font: the same for a face in every document. */
  readonly resourceName: PDFName;
  /** Codes as a literal string holds them (literalCode), one per glyph of `shaped`; the glyphs are recorded for the subset. */
  glyphCodes(shaped: ShapedText): readonly string[];
}

export class PdfFonts {
  private readonly embedded = new Map<FontFace, GlyphEncoder>();
  private written = false;

  constructor(
    private readonly doc: PDFDocument,
    /** How this document writes its colours: text is written with its fonts, and so are the rules and frames around it. */
    readonly inks: Inks = Inks.screen,
    /**
     * The hyphens line breaks add read as soft hyphens, as a tagged document's
     * must (PDF 1.7 14.8.2.2.3); elsewhere they read as hyphens, which poppler's
     * text extraction joins to their word again (tj.ts).
     */
    readonly softHyphens = false,
  ) {}

  /** The face as this document embeds it; its font is written by `write()`. */
  get(face: FontFace): EmbeddedFace {
    let found = this.embedded.get(face);
    if (found === undefined) {
      if (this.written) throw new Error(`Font ${face.name} was first used after the document's fonts were written`);
      const font = new CidFont(face, this.doc.context.nextRef(), `${subsetTag(this.embedded.size)}+${face.name}`);
      found = new GlyphEncoder(font);
      this.embedded.set(face, found);
    }
    return found;
  }

  /** Every face used, with the glyphs used: once, when all text is drawn, before the document is saved. */
  async write(): Promise<void> {
    this.written = true;
    for (const encoder of this.embedded.values()) await encoder.font.write(this.doc.context);
  }
}

/** A face's stable resource name: its PostScript name, kept to the characters a PDF name needs no escape for. */
export function resourceNameOf(face: FontFace): PDFName {
  return PDFName.of(face.name.replace(/[^A-Za-z0-9_.-]/gu, '_'));
}

class GlyphEncoder implements EmbeddedFace {
  readonly face: FontFace;
  readonly ref: PDFRef;
  readonly resourceName: PDFName;

  constructor(readonly font: CidFont) {
    this.face = font.face;
    this.ref = font.ref;
    this.resourceName = resourceNameOf(font.face);
  }

  // Not kept: the text of each word is written once per document and kept as written (tj.ts).
  glyphCodes(shaped: ShapedText): readonly string[] {
    const codes = new Array<string>(shaped.glyphCount);
    for (let i = 0; i < codes.length; i++) {
      const id = shaped.glyphIds[i]!;
      this.font.use(id, shaped.glyphTexts[i]!, shaped.nominal[i]!);
      codes[i] = literalCode(id);
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
