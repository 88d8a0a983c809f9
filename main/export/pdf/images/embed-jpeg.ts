// A JPEG embedded as it is (pdf-lib passes its DCT data through), declared in
// the colour profile it carries, if any.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { ownBuffer } from '../../own-buffer.js';
import { jpegIccProfile } from './icc.js';
import type { ImageProfiles } from './image-profiles.js';

/** Rejects when the bytes are not a JPEG pdf-lib reads. */
export async function embedJpeg(doc: PDFDocument, bytes: Uint8Array, profiles: ImageProfiles): Promise<PDFImage> {
  const image = await doc.embedJpg(ownBuffer(bytes));
  const profile = jpegIccProfile(bytes);
  if (profile !== null) {
    // pdf-lib writes the stream when the image is embedded, not when it is made.
    await image.embed();
    profiles.tag(image.ref, profile);
  }
  return image;
}
