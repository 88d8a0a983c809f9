// The slow way for a PNG whose pixels must be seen (alpha, tRNS, interlacing):
// decoded once by pngjs (native zlib) to 8-bit RGBA.
import { PNG } from 'pngjs';
import type { RgbaPixels } from './rgba-xobject.js';

export function decodePng(bytes: Uint8Array): RgbaPixels {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: png.width, height: png.height, data: png.data };
}
