// A phone photo of 12 megapixels set in a column has far more pixels than
// any export needs: the PDF's screen edition scales it to 150 ppi, the print
// edition to 300, as the PDF presets of Acrobat and InDesign do, the DOCX to
// 220, as Word does when it saves; and it stays upright (the camera turned
// it). A photo at a modest resolution is embedded byte for byte as it came.
// Read back by pdfimages and by rendering the pages (the DOCX's as
// LibreOffice sets them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportDocx } from '../../../main/export/docx/index.js';
import { exportPdf } from '../../../main/export/pdf/index.js';
import { loadTemplate } from '../../../main/export/template/index.js';
import { buildDocument } from '../../../main/export/tree/index.js';
import { rasterFacts } from '../../../main/visuals/raster.js';
import { quartersJpeg, withOrientation } from '../../support/image-files.js';
import { pdfimages } from '../../unit/export/pdf/poppler.js';
import { demoWithPhoto, expectUpright, findPhoto, libreOfficePdf } from './photo-pages.js';

/** 4,000 × 3,000 pixels, the quarters' colours with grain (so the JPEG is as large as a photo's), taken turned a quarter. */
async function phonePhoto(): Promise<Uint8Array> {
  const [width, height] = [4000, 3000];
  const raw = Buffer.alloc(width * height * 3);
  const colours = [[235, 20, 20], [20, 200, 20], [20, 20, 235], [235, 235, 20]] as const;
  let seed = 7;
  const grain = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 31) - 15;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)]!;
      for (let c = 0; c < 3; c++) raw[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, colour[c]! + grain()));
    }
  }
  const jpeg = await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
  return new Uint8Array(withOrientation(jpeg, 6));
}

let dir: string;
let photo: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-photo-'));
  photo = await phonePhoto();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exported(bytes: Uint8Array, recorded: { width: number; height: number }, edition: 'screen' | 'print'): Promise<string> {
  const tree = buildDocument(demoWithPhoto(bytes, recorded).data, { omitWithoutConsent: false });
  const file = path.join(dir, `${edition}-${recorded.width}.pdf`);
  writeFileSync(file, (await exportPdf(tree, loadTemplate('werkplaats-a4'), { edition })).bytes);
  return file;
}

describe('a 12-megapixel phone photo set in a column', () => {
  test.each([
    ['screen', 150],
    ['print', 300],
  ] as const)('in the %s edition is scaled to %i ppi, and stays upright', async (edition, ppi) => {
    const file = await exported(photo, { width: 3000, height: 4000 }, edition);
    const jpegs = pdfimages(file).filter((image) => image.encoding === 'jpeg');
    expect(jpegs).toHaveLength(1);
    expect(jpegs[0]!.xPpi).toBeGreaterThanOrEqual(ppi - 3);
    expect(jpegs[0]!.xPpi).toBeLessThanOrEqual(ppi + 3);
    // Stored as the camera took it, 4 : 3, turned by the page.
    expect(jpegs[0]!.width / jpegs[0]!.height).toBeCloseTo(4 / 3, 2);
    expectUpright(findPhoto(file, dir));
  });

  test('makes a screen edition a fraction of the photo’s size', async () => {
    const file = await exported(photo, { width: 3000, height: 4000 }, 'screen');
    expect(readFileSync(file).length).toBeLessThan(photo.length / 4);
  });

  test('is scaled to 220 ppi in the DOCX, a fraction of its size, and stays upright', async () => {
    const tree = buildDocument(demoWithPhoto(photo, { width: 3000, height: 4000 }).data, { omitWithoutConsent: false });
    const file = path.join(dir, 'photo.docx');
    const { bytes } = await exportDocx(tree, loadTemplate('werkplaats-a4'));
    writeFileSync(file, bytes);
    expect(bytes.length).toBeLessThan(photo.length / 2);
    const pdf = libreOfficePdf(file, dir);
    // LibreOffice draws a turned picture anew when it writes a PDF: the resolution is read from the DOCX itself,
    // the photo's pixels along its long side over the long side of its drawing (EMUs, 914,400 to the inch).
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.endsWith('.jpg'));
    expect(media).toHaveLength(1);
    const stored = rasterFacts(await zip.file(media[0]!)!.async('uint8array'))!;
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const id = new RegExp(`Id="(rId\\d+)"[^>]*Target="${media[0]!.replace('word/', '')}"`, 'u').exec(rels)![1]!;
    const drawing = (await zip.file('word/document.xml')!.async('string')).split('<w:drawing>').find((d) => d.includes(`r:embed="${id}"`))!;
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/u.exec(drawing)!.map(Number);
    const ppi = Math.max(stored.width, stored.height) / (Math.max(cx!, cy!) / 914_400);
    expect(ppi).toBeGreaterThan(217);
    expect(ppi).toBeLessThan(223);
    expectUpright(findPhoto(pdf, dir));
  });
});

test('a photo at a modest resolution is embedded as it came, in both editions', async () => {
  const small = new Uint8Array(withOrientation(quartersJpeg, 6));
  for (const edition of ['screen', 'print'] as const) {
    const file = await exported(small, { width: 180, height: 240 }, edition);
    const out = path.join(dir, `${edition}-extracted`);
    execFileSync('pdfimages', ['-j', file, out]);
    const extracted = readdirSync(dir).filter((f) => f.startsWith(path.basename(out)) && f.endsWith('.jpg'));
    expect(extracted.map((f) => Buffer.compare(readFileSync(path.join(dir, f)), Buffer.from(small)))).toContain(0);
  }
});
