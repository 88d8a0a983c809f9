// A photograph's own colour profile goes into the PDF with it, each profile
// embedded once: a JPEG's, in one or many APP2 segments (Ghostscript's CMYK
// JPEG carries its press profile in three), and a PNG's iCCP. A viewer then
// shows the pixels as the profile says: red pixels under a profile that swaps
// red and blue (a test profile, as colord ships one) show blue.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { PDFDocument } from 'pdf-lib';
import type { FlowPage, PlacedImage } from '../../../../../main/export/pdf/flow/index.js';
import { PaintResources, paintFlowPage } from '../../../../../main/export/pdf/paint/index.js';
import { loadBundledFamily } from '../../../../../main/export/pdf/fonts/index.js';
import { jpegIccProfile } from '../../../../../main/export/pdf/images/index.js';
import { readPngFile } from '../../../../../main/export/pdf/images/png-file.js';
import { qpdfFile } from '../../../../integration/export/pdf/qpdf-objects.js';
import { pngWithProfile, swappedRedBlue } from '../../../../support/colour-profiles.js';
import { jpeg240x180, pngOf } from '../../../../support/image-files.js';
import { artifactPath, placedImage } from '../fixtures.js';
import { qpdfCheck } from '../poppler.js';

const SRGB = new Uint8Array(readFileSync('templates/colour/sRGB.icc'));

/** A square of full cyan beside one of full magenta, as a CMYK JPEG with Ghostscript's CMYK profile in it. */
function cmykJpeg(): Uint8Array {
  const ps = artifactPath('icc-cmyk.ps');
  writeFileSync(ps, '%!PS\n/DeviceCMYK setcolorspace 1 0 0 0 setcolor 0 0 40 40 rectfill 0 1 0 0 setcolor 40 0 40 40 rectfill showpage\n');
  const out = artifactPath('icc-cmyk.jpg');
  execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=jpegcmyk', '-r72', '-g80x40', '-o', out, ps]);
  return new Uint8Array(readFileSync(out));
}

/** The fixture JPEG without the profile it carries (one APP2 segment, the first after its JFIF header). */
function plainJpeg(): Uint8Array {
  const jfifEnd = 2 + 2 + jpeg240x180.readUInt16BE(4);
  expect(jpeg240x180.readUInt16BE(jfifEnd)).toBe(0xffe2);
  const iccEnd = jfifEnd + 2 + jpeg240x180.readUInt16BE(jfifEnd + 2);
  return new Uint8Array(Buffer.concat([jpeg240x180.subarray(0, jfifEnd), jpeg240x180.subarray(iccEnd)]));
}

/** The fixture JPEG with `profile` instead of its own, split over two APP2 segments given in reverse order. */
function jpegWithProfile(profile: Uint8Array): Uint8Array {
  const plain = plainJpeg();
  const half = Math.ceil(profile.length / 2);
  const segment = (seq: number, part: Uint8Array): Buffer => {
    const head = Buffer.from([0xff, 0xe2, 0, 0]);
    head.writeUInt16BE(2 + 14 + part.length, 2);
    return Buffer.concat([head, Buffer.from('ICC_PROFILE\0', 'latin1'), Buffer.from([seq, 2]), part]);
  };
  return new Uint8Array(Buffer.concat([plain.subarray(0, 2), segment(2, profile.subarray(half)), segment(1, profile.subarray(0, half)), plain.subarray(2)]));
}

function placed(y: number, bytes: Uint8Array, mime: PlacedImage['image']['mime'], width: number, height: number): PlacedImage {
  return placedImage(y, bytes, mime, { width, height }, { width: 160, height: 80 });
}

const file = artifactPath('icc-images.pdf');

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const resources = new PaintResources(doc, await loadBundledFamily('Source Sans 3'));
  const items = [
    placed(0, cmykJpeg(), 'image/jpeg', 80, 40),
    placed(100, jpegWithProfile(SRGB), 'image/jpeg', 240, 180),
    placed(200, pngWithProfile(SRGB), 'image/png', 8, 8),
    placed(300, plainJpeg(), 'image/jpeg', 240, 180),
    placed(400, pngWithProfile(swappedRedBlue(), [255, 0, 0]), 'image/png', 8, 8),
    placed(500, pngOf(8, 8), 'image/png', 8, 8),
    // 1,500 pixels over 160 pt: 675 dpi, drawn anew at 300 (oversampled.ts), its profile kept.
    placed(600, pngWithProfile(swappedRedBlue(), [255, 0, 0], 1500), 'image/png', 1500, 1500),
  ];
  const flow: FlowPage = { chapterId: 'c', opensChapter: false, items, anchors: [], links: [] };
  await paintFlowPage(doc.addPage([200, 700]), flow, { x: 20, y: 690 }, resources);
  await resources.fonts.write();
  writeFileSync(file, await doc.save());
});

test('finds a profile split over APP2 segments in any order, and none in a JPEG without one', () => {
  expect(jpegIccProfile(jpegWithProfile(SRGB))).toEqual(Buffer.from(SRGB));
  expect(jpegIccProfile(plainJpeg())).toBeNull();
  expect(jpegIccProfile(jpeg240x180)?.length).toBe(jpeg240x180.readUInt16BE(2 + 2 + jpeg240x180.readUInt16BE(4) + 2) - 16);
  // One of two segments missing: no profile, rather than half of one.
  const torn = jpegWithProfile(SRGB);
  expect(jpegIccProfile(torn.subarray(0, 2 + 4 + 14 + Math.floor(SRGB.length / 2)))).toBeNull();
  expect(readPngFile(pngWithProfile(SRGB)).iccProfile).toEqual(new Uint8Array(SRGB));
});

test('the file is sound, each image declared in its own profile, each profile once; an untagged image stays device RGB', () => {
  expect(qpdfCheck(file).status).toBe(0);
  const pdf = qpdfFile(file);
  const xobjects = pdf.dict(pdf.dict(pdf.pages[0]!['/Resources'])['/XObject']);
  const spaces = Object.values(xobjects).map((ref) => pdf.dict(ref)['/ColorSpace']);
  expect(spaces).toHaveLength(7);
  const iccBased = spaces.filter((s): s is [string, string] => Array.isArray(s) && s[0] === '/ICCBased');
  expect(iccBased).toHaveLength(5);
  expect(iccBased.map(([, ref]) => pdf.dict(ref)['/N']).sort()).toEqual([3, 3, 3, 3, 4]);
  // The two sRGB images share one profile stream, and so do the two swapped ones.
  expect(new Set(iccBased.map(([, ref]) => ref)).size).toBe(3);
  expect(spaces).toContain('/DeviceRGB');
});

test('a viewer shows the pixels as their profile says: red under a red-and-blue-swapping profile shows blue', () => {
  execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', file, file.replace(/\.pdf$/u, '')]);
  const page = PNG.sync.read(readFileSync(file.replace(/\.pdf$/u, '.png')));
  const at = (x: number, y: number): number[] => Array.from(page.data.subarray((y * page.width + x) * 4, (y * page.width + x) * 4 + 3));
  // The swapped PNG fills 160 × 80 pt from y 410, the oversampled one from y 610 (the page is 700 pt).
  for (const y of [450, 650]) {
    const [r, g, b] = at(100, y);
    expect(b, `y ${y}`).toBeGreaterThan(200);
    expect(r, `y ${y}`).toBeLessThan(60);
    expect(g, `y ${y}`).toBeLessThan(60);
  }
});
