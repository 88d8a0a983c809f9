// A face embedded as a Type 0 font whose character codes are the face's own
// glyph ids: the file holds a subset renumbered by fontkit, and a CIDToGIDMap
// takes each code (the original id) to its glyph in the subset (PDF 32000
// 9.7.4.2). Codes past the face's glyphs are aliases (FontFace.readAs): a
// glyph that reads as other text than its own, with a ToUnicode entry of its
// own. A word's codes depend on the face alone, not on which glyphs
// the document happened to meet first, so text can be written anywhere — in
// another thread, before the subset is known — and the subset is made once,
// when the document is complete. pdf-lib's own embedder numbers codes by
// subset order, so it could only encode text on the thread that owns the
// document (and was reached through its private members to do even that).
import { deflateSync } from 'node:zlib';
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { FontFace } from './font-face.js';
import { withEvenGlyphs } from './even-glyphs.js';
import { openSubsettable, type SubsetStream, type SubsettableFont } from './fontkit.js';

/** A glyph's use in the document: what it stands for and its advance (font units). */
export interface GlyphUse {
  readonly text: string;
  readonly advance: number;
}

const BFCHAR_PER_BLOCK = 100;

export class CidFont {
  private readonly glyphs = new Map<number, GlyphUse>();

  constructor(
    readonly face: FontFace,
    /** Where the font dictionary is written; pages name it from the first glyph on. */
    readonly ref: PDFRef,
    /** With its subset tag: `ABCDEF+SourceSerif4-Regular`. */
    readonly baseName: string,
  ) {}

  /** Records glyph `id`; the first text given for it is what the ToUnicode map says. */
  use(id: number, text: string, advance: number): void {
    if (!this.glyphs.has(id)) this.glyphs.set(id, { text, advance });
  }

  get glyphCount(): number {
    return this.glyphs.size;
  }

  /** Writes the font dictionary and everything under it; once, when no more glyphs come. */
  async write(context: PDFContext): Promise<void> {
    const font = openSubsettable(withEvenGlyphs(this.face.bytes));
    if (font.cff) throw new Error(`Font ${this.face.name} has PostScript outlines; Bundel embeds TrueType fonts only`);
    const ids = [...this.glyphs.keys()].sort((a, b) => a - b);
    const subset = font.createSubset();
    // A code is a glyph id, or an alias of one (FontFace.readAs).
    const toSubset = new Map(ids.map((id) => [id, subset.includeGlyph(this.face.glyphOf(id))]));
    const file = await encode(subset.encodeStream());

    const scale = 1000 / font.unitsPerEm;
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: this.baseName,
        Flags: fontFlags(font),
        FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
        ItalicAngle: font.italicAngle,
        Ascent: font.ascent * scale,
        Descent: font.descent * scale,
        CapHeight: (font.capHeight || font.ascent) * scale,
        XHeight: (font.xHeight || 0) * scale,
        // No font file records its stem width; 0 is "unknown".
        StemV: 0,
        FontFile2: context.register(flate(context, file, { Length1: file.length })),
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: this.baseName,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: this.widths(scale),
        CIDToGIDMap: context.register(flate(context, cidToGidMap(toSubset))),
      }),
    );
    const toUnicode = context.register(flate(context, Buffer.from(this.toUnicode(), 'latin1')));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.baseName,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }

  /** /W: runs of consecutive codes with their widths in thousandths of an em. */
  private widths(scale: number): (number | number[])[] {
    const out: (number | number[])[] = [];
    let run: number[] = [];
    let previous = -2;
    for (const id of [...this.glyphs.keys()].sort((a, b) => a - b)) {
      if (id !== previous + 1) {
        if (run.length > 0) out.push(run);
        out.push(id);
        run = [];
      }
      run.push(Math.round(this.glyphs.get(id)!.advance * scale * 1000) / 1000);
      previous = id;
    }
    if (run.length > 0) out.push(run);
    return out;
  }

  /** The CMap that makes the text searchable and copyable: code → the characters the glyph stands for. */
  private toUnicode(): string {
    const entries = [...this.glyphs.entries()]
      .filter(([, use]) => use.text !== '')
      .sort(([a], [b]) => a - b)
      .map(([id, use]) => `<${hex4(id)}> <${utf16Hex(use.text)}>`);
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += BFCHAR_PER_BLOCK) {
      const block = entries.slice(i, i + BFCHAR_PER_BLOCK);
      blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}

/** Four hex digits: a code as content streams and CMaps write it, each made once (every distinct word of a document asks for its glyphs'). */
export function hex4(id: number): string {
  return (HEX4[id] ??= id.toString(16).padStart(4, '0').toUpperCase());
}

// Made at its full length (holes until asked): filled from empty at scattered
// indices, the array fell back to a dictionary, and every lookup was a hash probe.
const HEX4 = new Array<string | undefined>(0x10000);

/**
 * A code as a content stream's literal string holds it: its two bytes, as
 * characters of a Latin-1 string. Half a hex string's length: a book's content
 * streams were 9 MB, 5.8 MB of it hex glyph codes, held as text until each
 * page was compressed. A backslash escapes the string's delimiters and itself,
 * and a carriage return, which a reader would take for an end of line and
 * read as a line feed (PDF 32000 7.3.4.2); every other byte stands for itself.
 */
export function literalCode(id: number): string {
  return (LITERAL[id] ??= literalByte(id >> 8) + literalByte(id & 0xff));
}

const LITERAL = new Array<string | undefined>(0x10000);

function literalByte(byte: number): string {
  switch (byte) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(byte);
  }
}

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** Two bytes per code from 0 to the highest: the subset glyph it shows (0, .notdef, for codes never used). */
function cidToGidMap(toSubset: ReadonlyMap<number, number>): Uint8Array {
  const highest = Math.max(0, ...toSubset.keys());
  const map = new Uint8Array(2 * (highest + 1));
  for (const [id, subsetId] of toSubset) {
    map[2 * id] = subsetId >> 8;
    map[2 * id + 1] = subsetId & 0xff;
  }
  return map;
}

function flate(context: PDFContext, bytes: Uint8Array, dict: Record<string, number> = {}) {
  return context.stream(deflateSync(bytes), { ...dict, Filter: 'FlateDecode' });
}

function encode(stream: SubsetStream): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    stream.on('data', (bytes) => parts.push(bytes));
    stream.on('end', () => resolve(Buffer.concat(parts)));
  });
}

/** The descriptor's flags: serif and script from the OS/2 family class (its high byte), always symbolic. */
function fontFlags(font: SubsettableFont): number {
  const familyClass = font['OS/2'].sFamilyClass >> 8;
  let flags = 4; // Symbolic: the glyphs are addressed by id, not by a standard encoding.
  if (font.post.isFixedPitch) flags |= 1;
  if (familyClass >= 1 && familyClass <= 7) flags |= 2;
  if (familyClass === 10) flags |= 8;
  if (font.head.macStyle.italic) flags |= 64;
  return flags;
}
