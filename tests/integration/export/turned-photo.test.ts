// A phone photo whose camera turned it (EXIF orientation 6: a quarter turn
// clockwise) stands upright and unstretched in the PDF and in the DOCX as
// LibreOffice shows it, as it does in the app (Chromium honours the tag) —
// also when the project recorded its size unturned, as imports before
// turns were read did. Read back by rendering the pages and finding the
// photo's four coloured quarters.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoProject } from '../../../main/demo/index.js';
import { exportDocx } from '../../../main/export/docx/index.js';
import { exportPdf } from '../../../main/export/pdf/index.js';
import { exportVisuals } from '../../../main/export/visuals/index.js';
import { loadTemplate } from '../../../main/export/template/index.js';
import { buildDocument, type DocumentTree } from '../../../main/export/tree/index.js';
import { eachBlock } from '../../../main/export/tree/walk.js';
import type { ProjectData } from '../../../main/model/index.js';
import { quartersJpeg, withOrientation } from '../../support/image-files.js';

type Quarter = 'red' | 'green' | 'blue' | 'yellow';

/** Wide bounds: the print edition's pages render through its CMYK output intent, which dulls pure colours. */
function quarterOf(r: number, g: number, b: number): Quarter | null {
  if (r > 180 && g > 180 && b < 90) return 'yellow';
  if (r > 180 && g < 90 && b < 90) return 'red';
  if (g > 140 && r < 120 && b < 100) return 'green';
  if (b > 140 && r < 90 && g < 120) return 'blue';
  return null;
}

interface Found {
  /** The centre of each quarter's pixels, in pixels from the page's top left. */
  readonly centres: Record<Quarter, { x: number; y: number }>;
  /** The photo's extent in pixels. */
  readonly width: number;
  readonly height: number;
}

/** The photo on the pages of `pdf`, rendered at 30 dpi: the first page that shows all four quarters. */
function findPhoto(pdf: string, dir: string): Found {
  const prefix = path.join(dir, `${path.basename(pdf, '.pdf')}-page`);
  execFileSync('pdftoppm', ['-png', '-r', '30', pdf, prefix]);
  const pages = readdirSync(dir).filter((f) => f.startsWith(path.basename(prefix))).sort();
  for (const page of pages) {
    const png = PNG.sync.read(readFileSync(path.join(dir, page)));
    const sums = new Map<Quarter, { x: number; y: number; n: number }>();
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const at = (y * png.width + x) * 4;
        const quarter = quarterOf(png.data[at]!, png.data[at + 1]!, png.data[at + 2]!);
        if (quarter === null) continue;
        const sum = sums.get(quarter) ?? { x: 0, y: 0, n: 0 };
        sums.set(quarter, { x: sum.x + x, y: sum.y + y, n: sum.n + 1 });
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    if (sums.size < 4 || [...sums.values()].some((s) => s.n < 20)) continue;
    const centre = (q: Quarter): { x: number; y: number } => ({ x: sums.get(q)!.x / sums.get(q)!.n, y: sums.get(q)!.y / sums.get(q)!.n });
    return { centres: { red: centre('red'), green: centre('green'), blue: centre('blue'), yellow: centre('yellow') }, width: right - left + 1, height: bottom - top + 1 };
  }
  throw new Error(`no page of ${pdf} shows the photo`);
}

/** Upright, a quarter turn clockwise from how it is stored (red | green over blue | yellow): blue | red over yellow | green, taller than wide (180 × 240). */
function expectUpright({ centres: c, width, height }: Found): void {
  expect(c.blue.x).toBeLessThan(c.red.x);
  expect(c.yellow.x).toBeLessThan(c.green.x);
  expect(c.blue.y).toBeLessThan(c.yellow.y);
  expect(c.red.y).toBeLessThan(c.green.y);
  expect(height / width).toBeCloseTo(240 / 180, 1);
}

let dir: string;
let data: ProjectData;
let tree: DocumentTree;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-turned-'));
  const demo = demoProject();
  const photo = demo.visuals.find((v) => v.source.type === 'image' && v.source.mime !== 'image/svg+xml')!;
  const hash = 'turned-photo';
  // Recorded as stored, 240 × 180, as a project imported before turns were read has it.
  data = {
    ...demo,
    visuals: demo.visuals.map((v) => (v.id === photo.id ? { ...v, source: { type: 'image', hash, mime: 'image/jpeg', width: 240, height: 180 } } : v)),
    images: [...demo.images, { hash, mime: 'image/jpeg', bytes: new Uint8Array(withOrientation(quartersJpeg, 6)) }],
  };
  tree = buildDocument(data, { omitWithoutConsent: false });
  const figures: unknown[] = [];
  for (const chapter of tree.chapters) eachBlock(chapter.blocks, (b) => (b.type === 'figure' && b.visualId === photo.id ? figures.push(b.image) : undefined));
  expect(figures).toEqual([expect.objectContaining({ mime: 'image/jpeg', width: 180, height: 240, orientation: 6 })]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a photo the camera turned a quarter', () => {
  test.each(['screen', 'print'] as const)('stands upright in the PDF, %s edition', async (edition) => {
    const file = path.join(dir, `${edition}.pdf`);
    writeFileSync(file, (await exportPdf(tree, loadTemplate('werkplaats-a4'), { edition })).bytes);
    expectUpright(findPhoto(file, dir));
  });

  test('stands upright on its poster in the visuals export', async () => {
    const { files } = await exportVisuals(data, { size: 'a4', edition: 'screen' });
    const photo = data.visuals.find((v) => v.source.type === 'image' && v.source.hash === 'turned-photo')!;
    // Its own poster, named after its title ("De Lingedelta: …" → de-lingedelta-….pdf).
    const slug = photo.title.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
    const poster = files.find((f) => f.name === `${slug}.pdf`)!;
    expect(poster, files.map((f) => f.name).join(', ')).toBeDefined();
    const file = path.join(dir, 'poster.pdf');
    writeFileSync(file, poster.bytes);
    expectUpright(findPhoto(file, dir));
  });

  test('stands upright in the DOCX, as LibreOffice shows it', async () => {
    const file = path.join(dir, 'turned.docx');
    writeFileSync(file, (await exportDocx(tree, loadTemplate('werkplaats-a4'))).bytes);
    const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-'));
    try {
      const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 180_000 });
      expect(result.status, result.stderr).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expectUpright(findPhoto(path.join(dir, 'turned.pdf'), dir));
  });
});
