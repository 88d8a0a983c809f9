// Finding a test photo on rendered pages: a picture in four flat quarters
// (red | green over blue | yellow as stored), located by its colours.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { demoProject } from '../../../main/demo/index.js';
import type { ProjectData } from '../../../main/model/index.js';

/**
 * The demo with its first raster visual's picture replaced by `bytes` (a
 * JPEG), recorded at `recorded` pixels, as its import had it.
 */
export function demoWithPhoto(bytes: Uint8Array, recorded: { width: number; height: number }): { data: ProjectData; visualId: string } {
  const demo = demoProject();
  const photo = demo.visuals.find((v) => v.source.type === 'image' && v.source.mime !== 'image/svg+xml')!;
  const hash = 'test-photo';
  const data: ProjectData = {
    ...demo,
    visuals: demo.visuals.map((v) => (v.id === photo.id ? { ...v, source: { type: 'image', hash, mime: 'image/jpeg', ...recorded } } : v)),
    images: [...demo.images, { hash, mime: 'image/jpeg', bytes: new Uint8Array(bytes) }],
  };
  return { data, visualId: photo.id };
}

export type Quarter = 'red' | 'green' | 'blue' | 'yellow';

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
export function findPhoto(pdf: string, dir: string): Found {
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

/** Upright, a quarter turn clockwise from how it is stored (red | green over blue | yellow): blue | red over yellow | green, taller than wide (3 : 4). */
export function expectUpright({ centres: c, width, height }: Found): void {
  expect(c.blue.x).toBeLessThan(c.red.x);
  expect(c.yellow.x).toBeLessThan(c.green.x);
  expect(c.blue.y).toBeLessThan(c.yellow.y);
  expect(c.red.y).toBeLessThan(c.green.y);
  expect(height / width).toBeCloseTo(4 / 3, 1);
}

/** `docx` as LibreOffice sets it, written as a PDF into `dir` (a user profile of its own, so its first-run setup is not shared); the PDF's path. */
export function libreOfficePdf(docx: string, dir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-'));
  try {
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 180_000 });
    expect(result.status, result.stderr).toBe(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(dir, `${path.basename(docx, '.docx')}.pdf`);
}
