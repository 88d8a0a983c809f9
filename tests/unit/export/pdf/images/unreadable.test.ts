// Damaged image bytes become a labelled placeholder on the page, never a failed export.
import { writeFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { FlowPage, PlacedImage } from '../../../../../main/export/pdf/flow/index.js';
import { loadBundledFamily } from '../../../../../main/export/pdf/fonts/index.js';
import { ImageCache, PaintResources, paintFlowPage } from '../../../../../main/export/pdf/paint/index.js';
import { artifactPath } from '../fixtures.js';
import { pdftotext, qpdfCheck } from '../poppler.js';
import { encodePng } from './png-encode.js';

const good = encodePng({ width: 8, height: 8, colourType: 2, bitDepth: 8, pixel: () => [10, 20, 30, 255] });

/** Bytes with one byte of the image data flipped: the chunk's CRC no longer holds. */
function damaged(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const idat = Buffer.from(copy).indexOf('IDAT');
  copy[idat + 6] ^= 0xff;
  return copy;
}

const unreadable: [string, PlacedImage['image']['mime'], Uint8Array][] = [
  ['a PNG cut short', 'image/png', good.subarray(0, good.length - 20)],
  ['a PNG with damaged data', 'image/png', damaged(good)],
  ['a PNG signature and nothing else', 'image/png', good.subarray(0, 8)],
  ['a JPEG that is not one', 'image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2])],
  ['an SVG that is not one', 'image/svg+xml', new TextEncoder().encode('<svg')],
];

function placed(bytes: Uint8Array, mime: PlacedImage['image']['mime'], figure: number, y = 0): PlacedImage {
  return {
    kind: 'image', x: 0, y, width: 120, height: 60, dpi: 72, figure,
    image: { type: 'image', mime, bytes, width: 8, height: 8 },
    fallbackLabel: `Afbeelding onleesbaar: figuur ${figure}`,
  };
}

test.each(unreadable)('%s gives no image', async (_, mime, bytes) => {
  const cache = new ImageCache(await PDFDocument.create());
  await expect(cache.get(placed(bytes, mime, 1))).resolves.toBeNull();
});

const file = artifactPath('images-unreadable.pdf');

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const resources = new PaintResources(doc, await loadBundledFamily('Source Sans 3'));
  const items = unreadable.map(([, mime, bytes], i) => placed(bytes, mime, i + 1, i * 70));
  const page: FlowPage = { chapterId: 'c', opensChapter: false, items, anchors: [], links: [] };
  await paintFlowPage(doc.addPage([300, 400]), page, { x: 20, y: 380 }, resources);
  await resources.fonts.write();
  writeFileSync(file, await doc.save());
});

test('each becomes a labelled placeholder in a sound file', () => {
  expect(qpdfCheck(file).status).toBe(0);
  // The label wraps inside the placeholder.
  const text = pdftotext(file).replace(/\s+/gu, ' ');
  for (let figure = 1; figure <= unreadable.length; figure++) expect(text).toContain(`Afbeelding onleesbaar: figuur ${figure}`);
});
