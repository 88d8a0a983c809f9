// A PNG's compressed data written into the PDF as it is. PDF's FlateDecode with
// the PNG predictors (/Predictor 15: a filter byte per row) reads PNG's IDAT
// stream directly, so an opaque, non-interlaced PNG needs neither decoding nor
// compressing again, which is what pdf-lib's embedPng does to every pixel.
import { PDFHexString, type PDFContext, type PDFObject } from 'pdf-lib';
import type { ImageXObject } from './image-xobject.js';
import type { PngFile } from './png-file.js';

/** Opaque and not interlaced: the data can pass through. Transparency needs a soft mask, so the pixels must be decoded. */
export function canPassThrough(png: PngFile): boolean {
  return !png.interlaced && !png.transparency && (png.colourType === 0 || png.colourType === 2 || png.colourType === 3);
}

export function passThroughXObject(context: PDFContext, png: PngFile): ImageXObject {
  const colors = png.colourType === 2 ? 3 : 1;
  const stream = context.stream(png.data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    BitsPerComponent: png.bitDepth,
    ColorSpace: colourSpace(context, png),
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bitDepth, Columns: png.width },
  });
  return { width: png.width, height: png.height, stream };
}

function colourSpace(context: PDFContext, png: PngFile): string | PDFObject {
  if (png.colourType === 0) return 'DeviceGray';
  if (png.colourType === 2) return 'DeviceRGB';
  const palette = png.palette!;
  const entries = Math.floor(palette.length / 3);
  return context.obj(['Indexed', 'DeviceRGB', entries - 1, PDFHexString.of(Buffer.from(palette.subarray(0, entries * 3)).toString('hex'))]);
}
