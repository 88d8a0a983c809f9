// Transparency, which PDF/X-1a forbids, found in a document: soft-masked images
// and see-through graphics states; opaque ones are not.
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { usesTransparency } from '../../../../../main/export/pdf/pdfx/index.js';

function png(alpha: number): Uint8Array {
  const image = new PNG({ width: 4, height: 4 });
  for (let i = 0; i < 16; i++) image.data.set([31, 111, 120, alpha], i * 4);
  return new Uint8Array(PNG.sync.write(image, { colorType: 6 }));
}

test('an image with an alpha channel is transparency; text and opaque states are not', async () => {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Samen');
  doc.context.register(doc.context.obj({ Type: 'ExtGState', ca: 1, CA: 1 }));
  expect(usesTransparency(doc)).toBe(false);
  await (await doc.embedPng(png(128))).embed();
  expect(usesTransparency(doc)).toBe(true);
});

test('a graphics state that lets what is below show through is transparency', async () => {
  const doc = await PDFDocument.create();
  doc.context.register(doc.context.obj({ Type: 'ExtGState', ca: 0.4, CA: 0.4 }));
  expect(usesTransparency(doc)).toBe(true);
});
