// A PNG embedded the cheapest way that shows the same pixels.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { decodePng } from './decode-png.js';
import type { ImageProfiles } from './image-profiles.js';
import { asPdfImage } from './pdf-image.js';
import { canPassThrough, passThroughXObject } from './png-pass-through.js';
import { readPngFile } from './png-file.js';
import { rgbaXObject } from './rgba-xobject.js';

/** Rejects when the bytes are not a readable PNG. `profiles`: where its own colour profile, if any, is declared. */
export async function embedPng(doc: PDFDocument, bytes: Uint8Array, profiles?: ImageProfiles): Promise<PDFImage> {
  const png = readPngFile(bytes);
  const xobject = canPassThrough(png) ? passThroughXObject(doc.context, png) : rgbaXObject(doc.context, decodePng(bytes));
  const image = await asPdfImage(doc, xobject);
  if (png.iccProfile !== null) profiles?.tag(image.ref, png.iccProfile);
  return image;
}
