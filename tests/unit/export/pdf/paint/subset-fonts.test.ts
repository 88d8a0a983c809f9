// Every bundled family survives pdf-lib's subsetting: each glyph of each
// embedded subset decodes. (Source Sans 3 and Noto Sans did not, before their
// glyphs were padded to even lengths: most letters vanished from the page.)
import { expect, test } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { PdfFonts, loadBundledFamily, type BundledFamilyName } from '../../../../../main/export/pdf/fonts/index.js';
import { drawLines, layoutParagraph } from '../../../../../main/export/pdf/text/index.js';

const FAMILIES: BundledFamilyName[] = ['Source Serif 4', 'Source Sans 3', 'Noto Sans'];

test.each(FAMILIES)('%s subsets into a font whose glyphs all decode', async (name) => {
  const family = await loadBundledFamily(name);
  const doc = await PDFDocument.create();
  const fonts = new PdfFonts(doc);
  const { lines } = layoutParagraph(
    [{ text: 'HOOFDSTUK 3 — Aan de keukentafel: wijkverpleegkundige, coördinatie, één €12,50.', style: { family, size: 12, bold: true } }],
    { width: 400 },
  );
  drawLines(doc.addPage([450, 100]), lines, 10, 90, fonts);
  await fonts.write();
  const saved = await PDFDocument.load(await doc.save());
  const files = saved.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((descriptor) => saved.context.lookup(descriptor.get(PDFName.of('FontFile2'))))
    .filter((file): file is PDFRawStream => file instanceof PDFRawStream);
  expect(files).toHaveLength(1);
  const subset = fontkit.create(decodePDFRawStream(files[0]!).decode());
  expect(subset.numGlyphs).toBeGreaterThan(20);
  for (let id = 0; id < subset.numGlyphs; id++) expect(() => subset.getGlyph(id).path).not.toThrow();
});
