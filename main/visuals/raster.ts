/**
 * What a PNG or JPEG really is, from its bytes (the type a document or a file
 * name claims is not trusted), and its size in pixels, which a visual records.
 */
export interface RasterFacts {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/** PNG or JPEG with a readable size, or null. */
export function rasterFacts(bytes: Uint8Array): RasterFacts | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 24 && png.every((b, i) => bytes[i] === b)) {
    const size = { width: view.getUint32(16), height: view.getUint32(20) };
    return positive(size) ? { mime: 'image/png', ...size } : null;
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegFacts(bytes, view);
  return null;
}

/** Walks the JPEG's segments to its frame header (SOF0–SOF15, which are not DHT, JPG or DAC). */
function jpegFacts(bytes: Uint8Array, view: DataView): RasterFacts | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const size = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      return positive(size) ? { mime: 'image/jpeg', ...size } : null;
    }
    at += 2 + length;
  }
  return null;
}

function positive(size: { width: number; height: number }): boolean {
  return size.width > 0 && size.height > 0 && size.width <= 100_000 && size.height <= 100_000;
}
