// PNG files written by the visuals export: decoded pixels encoded once, and
// the resolution recorded (pHYs), so layout programs place a 300 dpi PNG at
// its intended size instead of at 72 or 96 dpi.
import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';
import type { RgbaPixels } from '../pdf/images/index.js';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const INCHES_PER_METRE = 39.3700787;

/**
 * Opaque pixels become an RGB PNG, which the PDF writer can pass through
 * without decoding; others RGBA. Each row has filter type 0 (none): the
 * rasters are flat colour and deflate well as they are.
 */
export async function encodePng(pixels: RgbaPixels, dpi: number): Promise<Uint8Array> {
  const { width, height, data, premultiplied } = pixels;
  const opaque = isOpaque(data);
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0, from = 0; y < height; y++) {
    let to = y * (stride + 1) + 1;
    if (!opaque) {
      raw.set(data.subarray(from, from + stride), to);
      if (premultiplied) unpremultiply(raw, to, width);
      from += stride;
      continue;
    }
    for (let x = 0; x < width; x++, from += 4, to += 3) {
      raw[to] = data[from]!;
      raw[to + 1] = data[from + 1]!;
      raw[to + 2] = data[from + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, opaque ? 2 : 6, 0, 0, 0], 8); // 8 bits, RGB or RGBA, deflate, adaptive filtering, not interlaced
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    physChunk(dpi),
    chunk('IDAT', await deflateAsync(raw, { level: constants.Z_BEST_SPEED })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The PNG with its resolution set to `dpi` (any pHYs it had is replaced). */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const parts: Buffer[] = [SIGNATURE];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (type !== 'pHYs') parts.push(bytes.subarray(at, end));
    if (type === 'IHDR') parts.push(physChunk(dpi));
    at = end;
  }
  return Buffer.concat(parts);
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

function unpremultiply(row: Buffer, start: number, width: number): void {
  for (let i = start, end = start + width * 4; i < end; i += 4) {
    const a = row[i + 3]!;
    if (a === 0 || a === 255) continue;
    row[i] = Math.min(255, Math.round((row[i]! * 255) / a));
    row[i + 1] = Math.min(255, Math.round((row[i + 1]! * 255) / a));
    row[i + 2] = Math.min(255, Math.round((row[i + 2]! * 255) / a));
  }
}

function physChunk(dpi: number): Buffer {
  const data = Buffer.alloc(9);
  const perMetre = Math.round(dpi * INCHES_PER_METRE);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data[8] = 1; // unit: metre
  return chunk('pHYs', data);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
