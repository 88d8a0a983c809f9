/**
 * What a PNG or JPEG really is, from its bytes (the type a document or a file
 * name claims is not trusted), and its size in pixels as it is shown (a photo
 * the camera turned, turned upright), which a visual records.
 */
import { exifOrientation, turnsSideways, withUprightTag, type Orientation } from './orientation.js';

export interface RasterFacts {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  /** How the stored pixels turn upright (orientation.ts); 1 for a PNG. */
  orientation: Orientation;
}

/** A picture's size as shown, and its turn: a record made before turns were read has a turned photo's size unturned. */
export interface ShownRaster {
  readonly width: number;
  readonly height: number;
  /** Absent: shown as stored. */
  readonly orientation?: Orientation;
}

/** How a PNG or JPEG whose visual records `recorded` is shown, read from its bytes; the record when they do not read. */
export function shownRaster(bytes: Uint8Array, recorded: { readonly width: number; readonly height: number }): ShownRaster {
  const facts = rasterFacts(bytes);
  if (facts === null) return { width: recorded.width, height: recorded.height };
  const { width, height, orientation } = facts;
  return orientation === 1 ? { width, height } : { width, height, orientation };
}

/** PNG or JPEG with a readable size, or null. */
export function rasterFacts(bytes: Uint8Array): RasterFacts | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 24 && png.every((b, i) => bytes[i] === b)) {
    const size = { width: view.getUint32(16), height: view.getUint32(20) };
    return positive(size) ? { mime: 'image/png', ...size, orientation: 1 } : null;
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegFacts(bytes, view);
  return null;
}

/** A JPEG's segments before its image data: each marker's offset, its code and its length field. */
function* jpegSegments(bytes: Uint8Array, view: DataView): Generator<{ at: number; marker: number; length: number }> {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    yield { at, marker, length };
    at += 2 + length;
  }
}

/** The frame header: SOF0–SOF15, which are not DHT, JPG or DAC. */
function isFrameHeader(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** The EXIF orientation of a JPEG's segment, if it is EXIF data that has one. */
function orientationIn(bytes: Uint8Array, view: DataView, segment: { at: number; marker: number; length: number }): ReturnType<typeof exifOrientation> {
  return segment.marker === 0xe1 && segment.at + 2 + segment.length <= bytes.length ? exifOrientation(bytes, view, segment.at, segment.length) : null;
}

/** Reads the size from the frame header and the EXIF orientation on the way there. */
function jpegFacts(bytes: Uint8Array, view: DataView): RasterFacts | null {
  let orientation: Orientation = 1;
  for (const segment of jpegSegments(bytes, view)) {
    orientation = orientationIn(bytes, view, segment)?.orientation ?? orientation;
    if (!isFrameHeader(segment.marker)) continue;
    const { at } = segment;
    const stored = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    const size = turnsSideways(orientation) ? { width: stored.height, height: stored.width } : stored;
    return positive(size) ? { mime: 'image/jpeg', ...size, orientation } : null;
  }
  return null;
}

/**
 * The JPEG as it is, or, if the camera turned it, a copy whose EXIF tag says
 * upright: for a writer that turns it itself (the DOCX's drawing), so that no
 * reader turns it twice.
 */
export function withoutTurn(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const segment of jpegSegments(bytes, view)) {
    if (isFrameHeader(segment.marker)) break;
    const found = orientationIn(bytes, view, segment);
    if (found !== null && found.orientation !== 1) return withUprightTag(bytes, found.offset);
  }
  return bytes;
}

function positive(size: { width: number; height: number }): boolean {
  return size.width > 0 && size.height > 0 && size.width <= 100_000 && size.height <= 100_000;
}
