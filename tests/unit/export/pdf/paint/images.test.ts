// Images painted: embedded once per content, SVG as vectors, unreadable bytes
// shown as a placeholder rather than failing the export; a kader's frame beside them.
import { writeFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { FlowPage, Placed, PlacedImage } from '../../../../../main/export/pdf/flow/index.js';
import { PaintResources, paintFlowPage } from '../../../../../main/export/pdf/paint/index.js';
import { loadBundledFamily, type FontFamily } from '../../../../../main/export/pdf/fonts/index.js';
import { artifactPath } from '../fixtures.js';
import { pdftotext, qpdfCheck, renderedColours } from '../poppler.js';

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set([31, 111, 120, 255], i * 4);
  return new Uint8Array(PNG.sync.write(image));
}

const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><rect x="10" y="10" width="180" height="80" fill="#b5651d"/><text x="100" y="60" font-size="20" text-anchor="middle" fill="#fff">Spectrum</text></svg>',
);

function image(y: number, bytes: Uint8Array, mime: PlacedImage['image']['mime'], figure: number): PlacedImage {
  return {
    kind: 'image',
    x: 0,
    y,
    width: 200,
    height: 100,
    image: { type: 'image', mime, bytes, width: 200, height: 100 },
    dpi: 72,
    figure,
    fallbackLabel: `Afbeelding onleesbaar: figuur ${figure}`,
  };
}

function page(items: Placed[]): FlowPage {
  return { chapterId: 'c', opensChapter: false, items, anchors: [], links: [] };
}

let family: FontFamily;
const file = artifactPath('paint-images.pdf');
let saved: PDFDocument;

beforeAll(async () => {
  family = await loadBundledFamily('Source Sans 3');
  const doc = await PDFDocument.create();
  const resources = new PaintResources(doc, family);
  const photo = png(40, 20);
  const pages = [
    page([image(0, photo, 'image/png', 1), image(120, SVG, 'image/svg+xml', 2), image(240, new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]), 'image/jpeg', 3)]),
    page([
      image(0, photo, 'image/png', 4),
      image(120, new Uint8Array([137, 80, 78, 71, 0, 0]), 'image/png', 5),
      { kind: 'placeholder', x: 0, y: 240, width: 200, height: 100, label: 'Grafiek: Posities van de deelnemers' },
      {
        kind: 'rect', x: 220, y: 0, width: 100, height: 200, fill: '#eef5f6', stroke: '#1f6f78', strokeWidth: 2,
        sides: { top: false, right: false, bottom: true, left: true },
      },
    ]),
  ];
  for (const flow of pages) await paintFlowPage(doc.addPage([400, 400]), flow, { x: 20, y: 380 }, resources);
  await resources.fonts.write();
  const bytes = await doc.save();
  writeFileSync(file, bytes);
  saved = await PDFDocument.load(bytes);
});

test('the file is sound', () => {
  expect(qpdfCheck(file).status).toBe(0);
});

test('embeds each distinct image once, and the SVG as vectors: a form, no raster', () => {
  const objects = saved.context.enumerateIndirectObjects().map(([, object]) => object);
  const forms = objects.filter((object) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'));
  expect(forms).toHaveLength(1);
  const images = objects
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    // A PNG's alpha channel is a grey image of its own (its soft mask): not counted.
    .filter((stream) => stream.dict.get(PDFName.of('ColorSpace')) !== PDFName.of('DeviceGray'));
  const widths = images.map((stream) => stream.dict.get(PDFName.of('Width'))!.toString()).sort();
  // The PNG used twice, once.
  expect(widths).toEqual(['40']);
});

test('unreadable images and charts become labelled placeholders', () => {
  const text = pdftotext(file);
  expect(text).toContain('Afbeelding onleesbaar: figuur 3');
  expect(text).toContain('Afbeelding onleesbaar: figuur 5');
  expect(text).toContain('Grafiek: Posities van de deelnemers');
});

test('a frame is painted with only the sides it has on its page, over its background', () => {
  // The rect of page 2: x 240–340 and y 180–380 in PDF points, stroked left and bottom, 2 pt wide.
  const colour = renderedColours(file, 2, 144);
  const at = (x: number, y: number) => colour(x / 400, (400 - y) / 400);
  const fill = [238, 245, 246];
  const stroke = [31, 111, 120];
  expect(at(290, 280)).toEqual(fill);
  expect(at(241, 280)).toEqual(stroke);
  expect(at(290, 181)).toEqual(stroke);
  // Open at the top and on the right (continued on another page): background up to the edge.
  expect(at(290, 379)).toEqual(fill);
  expect(at(339, 280)).toEqual(fill);
  expect(at(345, 280)).toEqual([255, 255, 255]);
});
