/**
 * An image file brought in as a visual, judged by its bytes: a PNG or JPEG
 * with its pixel size, or an SVG sanitised, with its size in user units. The
 * type the file name, the browser or a Word document claims decides nothing;
 * it only says which error is the clearer one when the bytes are neither.
 */
import { UserError, type ImageMime } from '../model/index.js';
import { rasterFacts } from './raster.js';
import { sanitiseSvg } from './svg/index.js';

export interface ImageFile {
  bytes: Uint8Array<ArrayBuffer>;
  mime: ImageMime;
  width: number;
  height: number;
  /** For an SVG: what sanitising took out (English); empty for PNG, JPEG and a clean SVG. */
  removed: string[];
}

/** `imageUnrecognised`, `imageNotSvg` or `imageSvgEmpty` when the bytes are not a usable image. */
export function readImage(bytes: Uint8Array, claimed?: ImageMime): ImageFile {
  const raster = rasterFacts(bytes);
  if (raster) return { bytes: new Uint8Array(bytes), mime: raster.mime, width: raster.width, height: raster.height, removed: [] };
  if (claimed !== 'image/svg+xml' && !looksLikeMarkup(bytes)) {
    throw new UserError('imageUnrecognised', {}, `${bytes.length} bytes, claimed ${claimed ?? 'nothing'}, not PNG, JPEG or markup`);
  }
  return { mime: 'image/svg+xml', ...sanitiseSvg(bytes) };
}

/** Starts with `<` after an optional byte-order mark and white space (UTF-8 or UTF-16). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/\0/g, '');
  return /^[\ufeff\ufffd\s]*</.test(head);
}
