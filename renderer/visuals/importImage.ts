/**
 * Bringing an image file in: the bytes go to main once (`images.put`), which
 * judges them — PNG and JPEG by their bytes, an SVG sanitised — and answers
 * with the stored hash and the real type and size; a visual points at them.
 */
import { imageMimeTypes, newId, type ImageMime, type Visual } from '../../main/model/index.js';
import type { Data } from '../app/data.js';
import { bytesToBase64 } from '../api/base64.js';

export const acceptedTypes = imageMimeTypes.join(',');

/** Imports one file as a new visual; throws a TypeError for a type Bundel does not take, else the client's error when main refuses it. */
export async function importImage(write: Data['write'], file: File): Promise<Visual> {
  if (!(imageMimeTypes as readonly string[]).includes(file.type)) throw new TypeError(file.type);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const image = await write('images.put', { bytes: bytesToBase64(bytes), mime: file.type as ImageMime });
  return write('visuals.put', {
    id: newId(),
    title: file.name.replace(/\.[^.]+$/, '').slice(0, 200) || file.name,
    source: { type: 'image', ...image },
    caption: '',
    credit: '',
    altText: '',
    sessionId: null,
  });
}
