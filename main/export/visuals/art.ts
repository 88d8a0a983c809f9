// What a poster shows large: an image (PNG and JPEG as they are; an SVG
// picture as vectors, as the book paints it, its image file drawn at 300 dpi;
// an SVG that needs what PDF does not paint plainly, or a PNG with far more
// pixels than print needs, rasterised once, at 300 dpi of its size on the
// poster, onto the poster's white, into a PNG that is both its image file and,
// passed through, its picture in the PDF) or a chart's Drawing, painted as vectors.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { Drawing } from '../../visuals/drawing.js';
import { embedJpeg, embedPng, OVERSAMPLED_DPI, pngAsSvg, pngIccProfileOf, svgRenderOptions, type ImageProfiles } from '../pdf/images/index.js';
import type { RasterThread } from '../raster/index.js';
import type { Orientation } from '../../visuals/orientation.js';
import { readVectorDrawing, type VectorDrawing } from '../pdf/vector/index.js';

export const DPI = 300;
const POINTS_PER_INCH = 72;

/**
 * `profile`: the colour profile of the PNG an SVG wraps (`oversampled`), which
 * its raster keeps. A raster's width and height are as shown; `orientation`:
 * a photo the camera turned (main/visuals/orientation.ts).
 */
export type PosterArt =
  | {
      readonly kind: 'raster';
      readonly mime: 'image/png' | 'image/jpeg';
      readonly bytes: Uint8Array;
      readonly width: number;
      readonly height: number;
      readonly profile?: Uint8Array;
      readonly orientation?: Orientation;
    }
  | { readonly kind: 'svg'; readonly bytes: Uint8Array; readonly width: number; readonly height: number; readonly profile?: Uint8Array }
  | { readonly kind: 'drawing'; readonly drawing: Drawing };

/** The art made ready for painting: an SVG has become vectors (`svg`: its bytes, for its image file) or a PNG. */
export type ReadyArt = Exclude<PosterArt, { kind: 'svg' }> | { readonly kind: 'vectors'; readonly drawing: VectorDrawing; readonly svg: Uint8Array };

/** Width over height. */
export function aspectOf(art: PosterArt): number {
  const { width, height } = art.kind === 'drawing' ? art.drawing : art;
  return width > 0 && height > 0 ? width / height : 1;
}

/**
 * A PNG with far more pixels than print needs at `widthInPoints` on the poster,
 * as SVG art, so that it is drawn at 300 dpi as an SVG picture is (see pngAsSvg).
 */
export function oversampled(art: PosterArt, widthInPoints: number): PosterArt {
  if (art.kind !== 'raster' || art.mime !== 'image/png' || art.width / (widthInPoints / POINTS_PER_INCH) <= OVERSAMPLED_DPI) return art;
  const profile = pngIccProfileOf(art.bytes);
  return { kind: 'svg', bytes: pngAsSvg(art.bytes, art.width, art.height), width: art.width, height: art.height, ...(profile === null ? {} : { profile }) };
}

/**
 * Rejects when an SVG does not draw. `vectors`: an SVG picture is read as
 * vectors where it can be (usvg's tree, made on the raster thread); otherwise,
 * or when it is not (an oversampled PNG), it is drawn on the raster thread,
 * beside the layout of other posters.
 */
export async function readyArt(art: PosterArt, widthInPoints: number, rasters: RasterThread, vectors: boolean): Promise<ReadyArt> {
  if (art.kind !== 'svg') return art;
  if (vectors) {
    const drawing = await rasters
      .simplified(art.bytes, svgRenderOptions(art.bytes, 1))
      .then(readVectorDrawing)
      .catch(() => null);
    if (drawing !== null) return { kind: 'vectors', drawing, svg: art.bytes };
  }
  return rasterised(art, widthInPoints, rasters);
}

/** An SVG drawn at 300 dpi of `widthInPoints`, onto white, as a PNG. Rejects when it does not draw. */
export async function rasterised(art: { readonly bytes: Uint8Array; readonly profile?: Uint8Array }, widthInPoints: number, rasters: RasterThread): Promise<Extract<ReadyArt, { kind: 'raster' }>> {
  const { png, width, height } = await rasters.png(art.bytes, svgRenderOptions(art.bytes, (widthInPoints / POINTS_PER_INCH) * DPI), DPI);
  return { kind: 'raster', mime: 'image/png', bytes: png, width, height, ...(art.profile === undefined ? {} : { profile: art.profile }) };
}

/** The image XObject of raster art, in its own colour profile if it has one. Rejects when the bytes do not decode. */
export async function embedArt(doc: PDFDocument, art: Extract<ReadyArt, { kind: 'raster' }>, profiles: ImageProfiles): Promise<PDFImage> {
  const image = await (art.mime === 'image/png' ? embedPng(doc, art.bytes, profiles) : embedJpeg(doc, art.bytes, profiles));
  if (art.profile !== undefined) profiles.tag(image.ref, art.profile);
  return image;
}
