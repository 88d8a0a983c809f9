// What a poster shows large: an image (PNG and JPEG as they are; an SVG
// rasterised once, at 300 dpi of its size on the poster, for both PDFs and
// its PNG file) or a chart's Drawing, painted as vectors.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { Drawing } from '../../visuals/drawing.js';
import { asPdfImage, embedPng, rasteriseSvg, rgbaXObject, type RgbaPixels } from '../pdf/images/index.js';

export const DPI = 300;
const POINTS_PER_INCH = 72;

export type PosterArt =
  | { readonly kind: 'raster'; readonly mime: 'image/png' | 'image/jpeg'; readonly bytes: Uint8Array; readonly width: number; readonly height: number }
  | { readonly kind: 'svg'; readonly bytes: Uint8Array; readonly width: number; readonly height: number }
  | { readonly kind: 'drawing'; readonly drawing: Drawing };

/** Width over height. */
export function aspectOf(art: PosterArt): number {
  const { width, height } = art.kind === 'drawing' ? art.drawing : art;
  return width > 0 && height > 0 ? width / height : 1;
}

/** The art made ready for painting at a placed width: an SVG becomes pixels here, once. */
export type ReadyArt = Exclude<PosterArt, { kind: 'svg' }> | { readonly kind: 'pixels'; readonly pixels: RgbaPixels };

/** Throws when an SVG does not draw. */
export function readyArt(art: PosterArt, widthInPoints: number): ReadyArt {
  if (art.kind !== 'svg') return art;
  return { kind: 'pixels', pixels: rasteriseSvg(art.bytes, pixelsFor(widthInPoints)) };
}

export function pixelsFor(widthInPoints: number): number {
  return Math.max(1, Math.round((widthInPoints / POINTS_PER_INCH) * DPI));
}

/** The image XObject of raster art in one document. */
export function embedArt(doc: PDFDocument, art: Exclude<ReadyArt, { kind: 'drawing' }>): Promise<PDFImage> {
  switch (art.kind) {
    case 'raster':
      return art.mime === 'image/png' ? embedPng(doc, art.bytes) : doc.embedJpg(art.bytes);
    case 'pixels':
      return asPdfImage(doc, rgbaXObject(doc.context, art.pixels));
  }
}
