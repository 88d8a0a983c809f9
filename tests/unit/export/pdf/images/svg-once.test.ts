// An SVG that must be rasterised (a filter, which PDF does not paint), placed
// at several sizes, is rasterised for the largest and embedded once; its
// transparent background lets the page show through.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { PlacedImage } from '../../../../../main/export/pdf/flow/index.js';
import { ImageCache } from '../../../../../main/export/pdf/paint/index.js';
import { artifactPath } from '../fixtures.js';

// A brown bar across the middle of a transparent drawing, its edges blurred.
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">' +
    '<filter id="soft"><feGaussianBlur stdDeviation="1"/></filter>' +
    '<rect x="0" y="30" width="200" height="40" fill="#b5651d" filter="url(#soft)"/></svg>',
);

function placed(width: number): PlacedImage {
  return {
    kind: 'image', x: 0, y: 0, width, height: width / 2, dpi: 72, figure: 1,
    image: { type: 'image', mime: 'image/svg+xml', bytes: SVG, width: 200, height: 100 },
  };
}

const file = artifactPath('images-svg-once.pdf');
let saved: PDFDocument;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const cache = new ImageCache(doc);
  // Small first, then large, then small again: every page must show the large raster.
  for (const width of [100, 200, 100]) {
    const picture = await cache.get(placed(width));
    if (picture?.kind !== 'image') throw new Error(`a blurred SVG painted as ${picture?.kind ?? 'nothing'}`);
    doc.addPage([200, 100]).drawImage(picture.image, { x: 0, y: 0, width, height: width / 2 });
  }
  const bytes = await doc.save();
  writeFileSync(file, bytes);
  saved = await PDFDocument.load(bytes);
});

test('one raster, at 300 dpi of the largest placement, with a soft mask', () => {
  const images = saved.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
  const colour = images.filter((stream) => stream.dict.get(PDFName.of('ColorSpace')) === PDFName.of('DeviceRGB'));
  expect(colour.map((stream) => stream.dict.get(PDFName.of('Width'))?.toString())).toEqual(['833']);
  expect(colour[0]!.dict.get(PDFName.of('SMask'))).toBeDefined();
  // The smaller raster's soft mask went with it.
  expect(images).toHaveLength(2);
});

test('the bar is drawn in its colour and the rest shows the white page', () => {
  const prefix = file.replace(/\.pdf$/u, '');
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const page = PNG.sync.read(readFileSync(`${prefix}.png`));
  const at = (x: number, y: number): number[] => [...page.data.subarray((y * page.width + x) * 4, (y * page.width + x) * 4 + 3)];
  // Page 1 places the drawing at 100 × 50 pt in the bottom-left corner (top at y = 50 from the page's top).
  for (const [seen, expected] of [[at(50, 75), [0xb5, 0x65, 0x1d]], [at(50, 55), [255, 255, 255]], [at(150, 75), [255, 255, 255]]] as const) {
    seen.forEach((c, k) => expect(Math.abs(c - expected[k]!)).toBeLessThanOrEqual(3));
  }
});
