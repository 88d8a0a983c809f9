/**
 * An SVG as a PNG, with the work off the main thread. resvg's renderAsync
 * draws on libuv's thread pool, but its asPng() encodes on the calling thread,
 * which for the charts and SVG fallbacks of a large publication was a fifth
 * of the export's main-thread time. So the pixels are encoded here and
 * DEFLATEd by zlib on the pool too. The rows go unfiltered: a drawing's flat
 * colours compress well without a filter, and filtering would be a loop over
 * every byte on the main thread. Pixel for pixel the image is the one resvg
 * encodes; the file is not byte for byte the same.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;
const BIT_DEPTH = 8;
const FILTER_NONE = 0;

/**
 * Drawn on white: every pixel is opaque, so resvg's premultiplied pixels are
 * the straight RGBA a PNG stores.
 */
export async function svgToPng(svg: string | Buffer, options: Omit<ResvgRenderOptions, 'background'>): Promise<Uint8Array> {
  const image = await renderAsync(svg, { ...options, background: 'white' });
  return encodeRgba(image.width, image.height, image.pixels);
}

async function encodeRgba(width: number, height: number, pixels: Buffer): Promise<Uint8Array> {
  const row = width * 4;
  const filtered = Buffer.alloc(height * (row + 1));
  for (let y = 0; y < height; y++) {
    filtered[y * (row + 1)] = FILTER_NONE;
    pixels.copy(filtered, y * (row + 1) + 1, y * row, (y + 1) * row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(BIT_DEPTH, 8);
  header.writeUInt8(RGBA, 9);
  // Compression, filter method and interlace: 0, the only methods PNG defines (no interlacing).
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', await deflateAsync(filtered)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.byteLength);
  out.writeUInt32BE(data.byteLength, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.byteLength)), 8 + data.byteLength);
  return out;
}
