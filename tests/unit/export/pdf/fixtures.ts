// Fonts and paths shared by the typesetter's tests.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadBundledFamily, type FontFamily } from '../../../../main/export/pdf/fonts/index.js';
import type { PlacedImage } from '../../../../main/export/pdf/flow/index.js';

let serif: Promise<FontFamily> | undefined;

/** Source Serif 4, loaded once per test file. */
export function sourceSerif(): Promise<FontFamily> {
  serif ??= loadBundledFamily('Source Serif 4');
  return serif;
}

/** tests/artifacts (gitignored): PDFs and page images to look at. */
export function artifactPath(name: string): string {
  const dir = path.resolve('tests/artifacts');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** An image of `pixels` placed `box` points large at `y`, as figure 1: its dpi is its pixel width over the box's width in inches. */
export function placedImage(
  y: number,
  bytes: Uint8Array,
  mime: PlacedImage['image']['mime'],
  pixels: { readonly width: number; readonly height: number },
  box: { readonly width: number; readonly height: number },
): PlacedImage {
  const image = { type: 'image' as const, mime, bytes, width: pixels.width, height: pixels.height };
  return { kind: 'image', x: 0, y, width: box.width, height: box.height, image, dpi: pixels.width / (box.width / 72), figure: 1 };
}
