// Glyphs a line break changed, drawn as they are but read as what they stand
// for: the same glyph under an alias code with a ToUnicode entry of its own.
import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { PdfFonts } from '../../../../../main/export/pdf/fonts/index.js';
import { drawLines, layoutParagraph } from '../../../../../main/export/pdf/text/index.js';
import { artifactPath, sourceSerif } from '../fixtures.js';
import { pdftotext } from '../poppler.js';

describe('a glyph read as other text', () => {
  test('keeps the glyph and its widths under a code past the font’s glyphs, one per glyph and text', async () => {
    const face = (await sourceSerif()).regular;
    const hyphen = face.shape('-');
    const soft = face.readAs(hyphen, '\u00ad');
    expect(soft.glyphIds[0]).not.toBe(hyphen.glyphIds[0]);
    expect(face.glyphOf(soft.glyphIds[0]!)).toBe(hyphen.glyphIds[0]);
    expect(face.glyphOf(hyphen.glyphIds[0]!)).toBe(hyphen.glyphIds[0]);
    expect(soft.glyphTexts).toEqual(['\u00ad']);
    expect(soft.width).toBe(hyphen.width);
    expect(face.readAs(hyphen, '\u00ad')).toBe(soft);
    expect(face.readAs(face.shape('-'), '\u00ad').glyphIds[0]).toBe(soft.glyphIds[0]);
  });

  test('reads the first glyph of a word as the letter the line break dropped its diaeresis from', async () => {
    const face = (await sourceSerif()).regular;
    const drawn = face.shape('ordinatie');
    const read = face.readAs(drawn, 'ördinatie');
    expect(read.text).toBe('ördinatie');
    expect(read.glyphTexts.join('')).toBe('ördinatie');
    expect([...read.glyphIds.slice(1)]).toEqual([...drawn.glyphIds.slice(1)]);
    expect(face.glyphOf(read.glyphIds[0]!)).toBe(drawn.glyphIds[0]);
    expect([...read.clusterStarts]).toEqual([...drawn.clusterStarts]);
    expect(read.width).toBe(drawn.width);
    // More changed than the first glyph's letters: nothing to alias.
    expect(face.readAs(drawn, 'ördinaties')).toBe(drawn);
  });

  test('writes the alias into the PDF: the same glyph in the subset, read as its own text', async () => {
    const family = await sourceSerif();
    const face = family.regular;
    const doc = await PDFDocument.create();
    const fonts = new PdfFonts(doc, undefined, true);
    const page = doc.addPage([300, 200]);
    const style = { family, size: 12 };
    // Narrow enough that "samenwerkingsverbanden" breaks, with a hyphen, which reads as a soft hyphen here…
    const { lines } = layoutParagraph([{ text: 'De samenwerkingsverbanden in de regio', style }], { width: 90 });
    expect(lines.some((line) => line.hyphenated)).toBe(true);
    const below = drawLines(page, lines, 20, 180, fonts);
    // …and a hyphen of the text's own, which stays one.
    drawLines(page, layoutParagraph([{ text: 'zorg-en-welzijn', style }], { width: 250 }).lines, 20, below, fonts);
    await fonts.write();
    const file = artifactPath('read-as.pdf');
    writeFileSync(file, await doc.save());

    const text = pdftotext(file, '-raw');
    expect(text).toMatch(/\p{L}\u00ad\n/u);
    expect(text).not.toMatch(/\p{L}-\n/u);
    expect(text).toContain('zorg-en-welzijn');

    const hyphen = face.shape('-').glyphIds[0]!;
    const soft = face.readAs(face.shape('-'), '\u00ad').glyphIds[0]!;
    const map = cidToGidMap(doc);
    expect(map(hyphen)).not.toBe(0);
    expect(map(soft)).toBe(map(hyphen));
  });
});

/** The CID font's CIDToGIDMap, as a function of the code. */
function cidToGidMap(doc: PDFDocument): (code: number) => number {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('CIDFontType2')) continue;
    const stream = doc.context.lookup(object.get(PDFName.of('CIDToGIDMap')));
    if (!(stream instanceof PDFRawStream)) throw new Error('the CIDToGIDMap is no stream');
    const bytes = decodePDFRawStream(stream).decode();
    return (code) => (2 * code + 1 < bytes.length ? (bytes[2 * code]! << 8) | bytes[2 * code + 1]! : 0);
  }
  throw new Error('no CID font in the document');
}
