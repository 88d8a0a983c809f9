// Decoded RGBA pixels (a PNG that cannot pass through) as an image XObject:
// the colours in one stream and, when any pixel is not fully opaque, the alpha
// as a soft mask. Compressed with Node's native zlib (pdf-lib's flateStream
// runs pako in JavaScript) at its fastest level, as the raster thread does
// for SVG drawings (../../raster): flat colour deflates well at it.
import { constants, deflateSync } from 'node:zlib';
import type { PDFContext } from 'pdf-lib';
import { splitAlpha, type DeflatedPixels } from '../../raster/index.js';
import type { ImageXObject } from './image-xobject.js';

export interface RgbaPixels {
  readonly width: number;
  readonly height: number;
  /** 4 bytes a pixel, colours straight (not multiplied by alpha). */
  readonly data: Uint8Array;
}

export function rgbaXObject(context: PDFContext, pixels: RgbaPixels): ImageXObject {
  const { width, height, data } = pixels;
  const { rgb, alpha, opaque } = splitAlpha(data, width * height, false);
  return deflatedXObject(context, { width, height, rgb: deflate(rgb), alpha: opaque ? null : deflate(alpha) });
}

/** Pixels split and deflated already (by the raster thread) as an image XObject. */
export function deflatedXObject(context: PDFContext, pixels: DeflatedPixels): ImageXObject {
  const { width, height, rgb, alpha } = pixels;
  const image = { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, Filter: 'FlateDecode' };
  const mask = alpha === null ? undefined : context.register(context.stream(alpha, { ...image, ColorSpace: 'DeviceGray' }));
  const stream = context.stream(rgb, { ...image, ColorSpace: 'DeviceRGB', ...(mask && { SMask: mask }) });
  return { width, height, stream };
}

function deflate(bytes: Uint8Array): Buffer {
  return deflateSync(bytes, { level: constants.Z_BEST_SPEED });
}
