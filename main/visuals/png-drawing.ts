/**
 * A Drawing as a PNG at a resolution (300 dpi for print, the DOCX fallback):
 * its SVG drawn by resvg with the bundled font files, never the system's, so
 * the raster sets its labels in the same faces as the PDF on every machine.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { bundledFamilyFiles, type BundledFamilyName } from '../export/pdf/fonts/index.js';
import type { Drawing } from './drawing.js';
import { drawingToSvg } from './svg-drawing.js';

const families: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];
let fontFiles: string[] | undefined;

/** The pixel width of a drawing at `dpi` (its width is in points, 72 to the inch). */
export function pixelWidth(drawing: Drawing, dpi: number): number {
  return Math.max(1, Math.round((drawing.width * dpi) / 72));
}

export function drawingToPng(drawing: Drawing, dpi: number): Uint8Array {
  return new Resvg(drawingToSvg(drawing), options(drawing, dpi)).render().asPng();
}

/** The same on libuv's thread pool, for writers that draw several at once. */
export async function drawingToPngAsync(drawing: Drawing, dpi: number): Promise<Uint8Array> {
  return (await renderAsync(drawingToSvg(drawing), options(drawing, dpi))).asPng();
}

function options(drawing: Drawing, dpi: number): ResvgRenderOptions {
  fontFiles ??= families.flatMap((name) => Object.values(bundledFamilyFiles(name)));
  return {
    fitTo: { mode: 'width', value: pixelWidth(drawing, dpi) },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3', serifFamily: 'Source Serif 4' },
  };
}
