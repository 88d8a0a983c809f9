// A PNG file read as chunks, without decoding its pixels: enough to know whether
// its compressed data can go into the PDF as it is. Every chunk's CRC is checked,
// so a truncated or damaged file is refused here rather than drawn as noise.
import { crc32 } from 'node:zlib';
import { pngIccProfile } from './icc.js';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export type PngColourType = 0 | 2 | 3 | 4 | 6;

export interface PngFile {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: PngColourType;
  readonly interlaced: boolean;
  /** PLTE: RGB triples. */
  readonly palette: Uint8Array | null;
  /** A tRNS chunk: some colour or palette entry is (partly) transparent. */
  readonly transparency: boolean;
  /** The IDAT chunks' data joined: one zlib stream of filtered scanlines. */
  readonly data: Uint8Array;
  /** The colour profile of an iCCP chunk, if it has one that inflates. */
  readonly iccProfile: Uint8Array | null;
}

const VALID_DEPTHS: Record<PngColourType, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Throws when the bytes are not a whole, undamaged PNG. */
export function readPngFile(bytes: Uint8Array): PngFile {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: Pick<PngFile, 'width' | 'height' | 'bitDepth' | 'colourType' | 'interlaced'> | null = null;
  let palette: Uint8Array | null = null;
  let transparency = false;
  let iccProfile: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  let offset = 8;
  for (;;) {
    if (offset + 12 > bytes.length) throw new Error('PNG ends inside a chunk');
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new Error('PNG ends inside a chunk');
    const typed = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typed) !== view.getUint32(offset + 8 + length)) throw new Error('PNG chunk damaged');
    const type = String.fromCharCode(...typed.subarray(0, 4));
    const body = typed.subarray(4);
    if (header === null && type !== 'IHDR') throw new Error('PNG without IHDR');
    if (type === 'IHDR') header = readHeader(body);
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = true;
    else if (type === 'iCCP') iccProfile = pngIccProfile(body);
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset = end;
  }
  if (header === null || data.length === 0) throw new Error('PNG without image data');
  if (header.colourType === 3 && palette === null) throw new Error('PNG without its palette');
  return { ...header, palette, transparency, iccProfile, data: data.length === 1 ? data[0]! : Buffer.concat(data) };
}

function readHeader(body: Uint8Array): Pick<PngFile, 'width' | 'height' | 'bitDepth' | 'colourType' | 'interlaced'> {
  if (body.length !== 13) throw new Error('PNG header damaged');
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const bitDepth = body[8]!;
  const colourType = body[9]!;
  if (width === 0 || height === 0 || !isColourType(colourType) || !VALID_DEPTHS[colourType].includes(bitDepth)) {
    throw new Error('PNG header damaged');
  }
  return { width, height, bitDepth, colourType, interlaced: body[12] === 1 };
}

function isColourType(value: number): value is PngColourType {
  return value in VALID_DEPTHS;
}

/** A PNG's colour profile, or null when it has none or is no readable PNG. */
export function pngIccProfileOf(bytes: Uint8Array): Uint8Array | null {
  try {
    return readPngFile(bytes).iccProfile;
  } catch {
    return null;
  }
}
