// A PNG with far more pixels than print needs at its placed size is embedded at
// 300 dpi of that size, transparency and colour kept; one at 450 dpi or less,
// and any JPEG, as it is.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { PDFDocument } from 'pdf-lib';
import type { FlowPage, PlacedImage } from '../../../../../main/export/pdf/flow/index.js';
import { PaintResources, paintFlowPage } from '../../../../../main/export/pdf/paint/index.js';
import { loadBundledFamily } from '../../../../../main/export/pdf/fonts/index.js';
import { artifactPath, placedImage } from '../fixtures.js';
import { pdfimages, qpdfCheck } from '../poppler.js';
import { jpeg240x180 } from '../../../../support/image-files.js';

/** A teal picture, its left half transparent. */
function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) image.data.set([31, 111, 120, x < width / 2 ? 0 : 255], (y * width + x) * 4);
  }
  return new Uint8Array(PNG.sync.write(image));
}

/** Placed 200 pt wide: its dpi is its pixel width over 200/72 inch. */
function placed(y: number, bytes: Uint8Array, mime: PlacedImage['image']['mime'], width: number, height: number): PlacedImage {
  return placedImage(y, bytes, mime, { width, height }, { width: 200, height: 100 });
}

const file = artifactPath('oversampled-png.pdf');

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const resources = new PaintResources(doc, await loadBundledFamily('Source Sans 3'));
  const items = [placed(0, png(3000, 1500), 'image/png', 3000, 1500), placed(120, png(1200, 600), 'image/png', 1200, 600), placed(240, jpeg240x180, 'image/jpeg', 240, 180)];
  const flow: FlowPage = { chapterId: 'c', opensChapter: false, items, anchors: [], links: [] };
  await paintFlowPage(doc.addPage([400, 400]), flow, { x: 20, y: 380 }, resources);
  await resources.fonts.write();
  writeFileSync(file, await doc.save());
});

test('the file is sound', () => {
  expect(qpdfCheck(file).status).toBe(0);
});

test('a PNG at 1,080 dpi is embedded at 300, its alpha with it; one at 432 dpi and the JPEG as they are', () => {
  const rows = pdfimages(file);
  expect(rows.map((r) => [r.type, r.width, r.height])).toEqual([
    ['image', 833, 417],
    ['smask', 833, 417],
    ['image', 1200, 600],
    ['smask', 1200, 600],
    ['image', 240, 180],
  ]);
  expect(rows[0]!.xPpi).toBe(300);
});

test('the scaled picture keeps its colour and its transparent half', () => {
  execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', file, file.replace(/\.pdf$/u, '')]);
  const page = PNG.sync.read(readFileSync(file.replace(/\.pdf$/u, '.png')));
  // The first picture: 200 × 100 pt at (20, 20) from the top-left corner of the page.
  const pixel = (x: number, y: number): number[] => Array.from(page.data.subarray((y * page.width + x) * 4, (y * page.width + x) * 4 + 3));
  expect(pixel(170, 70)).toEqual([31, 111, 120]);
  expect(pixel(70, 70)).toEqual([255, 255, 255]);
});
