// The PDF painter of a Drawing, read back by poppler: vectors and real text,
// embedded subset fonts, anchors where they belong, and a page to look at.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { paintDrawing, type FamilyOf } from '../../../../../main/export/pdf/drawing/index.js';
import { loadBundledFamily, PdfFonts } from '../../../../../main/export/pdf/fonts/index.js';
import { pathOutline } from '../../../../../main/export/pdf/drawing/outline.js';
import { artifactPath } from '../fixtures.js';
import { pdffonts, pdftotext, qpdfCheck, uncompressedContent, wordBoxes } from '../poppler.js';
import { handDrawing } from './hand-drawing.js';

const file = artifactPath('drawing-hand.pdf');

beforeAll(async () => {
  const sans = await loadBundledFamily('Source Sans 3');
  const families: FamilyOf = () => sans;
  const doc = await PDFDocument.create();
  const fonts = new PdfFonts(doc);
  const page = doc.addPage([500, 340]);
  const drawing = handDrawing();
  // 400 units drawn 450 points wide, 25 points in from the left and top.
  paintDrawing(page, drawing, { x: 25, top: 315, scale: 450 / 400 }, fonts, families);
  await fonts.write();
  writeFileSync(file, await doc.save());
  execFileSync('pdftoppm', ['-png', '-r', '100', file, artifactPath('drawing-hand')]);
});

describe('a hand-made drawing painted into a PDF', () => {
  test('qpdf finds the file sound', () => {
    expect(qpdfCheck(file).status).toBe(0);
  });

  test('its labels are text', () => {
    const text = pdftotext(file);
    for (const label of ['Formeel – informeel', 'Werkgroep Wonen', 'AVolunteers', 'hybride']) expect(text).toContain(label);
  });

  test('its fonts are embedded and subset', () => {
    const fonts = pdffonts(file);
    expect(fonts.length).toBe(3);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  test('anchors: start at x, middle centred on x, end ending at x (scaled and placed)', () => {
    const words = wordBoxes(file).flat();
    const at = (x: number): number => 25 + (x * 450) / 400;
    const start = words.find((w) => w.text === 'Werkgroep')!;
    expect(start.xMin).toBeCloseTo(at(20), 0);
    const end = words.find((w) => w.text === 'AVolunteers')!;
    expect(end.xMax).toBeCloseTo(at(380), 0);
    const first = words.find((w) => w.text === 'Formeel')!;
    const last = words.find((w) => w.text === 'informeel')!;
    expect((first.xMin + last.xMax) / 2).toBeCloseTo(at(200), 0);
  });

  test('is vector: no image XObject, curves, a dash, kerned TJ and an opacity state', () => {
    const content = uncompressedContent(file);
    expect(content).not.toMatch(/\/Subtype \/Image/u);
    expect(content).toMatch(/ c\n/u);
    expect(content).toMatch(/\[4 3\] 0 d/u);
    expect(content).toMatch(/\] TJ/u);
    expect(content).toMatch(/\/ca 0\.5/u);
  });
});

describe('path data', () => {
  test('refuses relative commands and numbers after Z', () => {
    expect(() => pathOutline('m 0 0 l 10 10')).toThrow(/absolute/u);
    expect(() => pathOutline('M 0 0 L 10 10 Z 5 5')).toThrow();
  });

  test('several pairs after M are line-tos', () => {
    expect(pathOutline('M 0 0 10 10 20 0').map((op) => op.toString().trim().split(' ').pop())).toEqual(['m', 'l', 'l']);
  });
});
