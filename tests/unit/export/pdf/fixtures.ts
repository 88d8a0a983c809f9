// Fonts and paths shared by the typesetter's tests.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadBundledFamily, type FontFamily } from '../../../../main/export/pdf/fonts/index.js';

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
