// PNGs written by hand, of every colour type and depth the embedder must
// handle (pngjs writes neither palettes nor interlaced files).
import { crc32, deflateSync } from 'node:zlib';

export type Rgba = readonly [number, number, number, number];

export interface PngSpec {
  readonly width: number;
  readonly height: number;
  readonly colourType: 0 | 2 | 3 | 4 | 6;
  readonly bitDepth: 1 | 2 | 4 | 8 | 16;
  /** The colour of each pixel (for a palette image, its index is looked up in `palette`). */
  readonly pixel: (x: number, y: number) => Rgba;
  readonly palette?: readonly Rgba[];
  /** A tRNS chunk for a palette: the alpha of each entry. */
  readonly paletteAlpha?: boolean;
}

const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const;

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function samples(spec: PngSpec, x: number, y: number): number[] {
  const [r, g, b, a] = spec.pixel(x, y);
  const max = 2 ** spec.bitDepth - 1;
  const scale = (v: number): number => Math.round((v / 255) * max);
  const grey = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  switch (spec.colourType) {
    case 0: return [scale(grey)];
    case 2: return [scale(r), scale(g), scale(b)];
    case 3: return [spec.palette!.findIndex((p) => p[0] === r && p[1] === g && p[2] === b && p[3] === a)];
    case 4: return [scale(grey), scale(a)];
    case 6: return [scale(r), scale(g), scale(b), scale(a)];
  }
}

/** One scanline's bytes, samples packed at the bit depth. */
function row(spec: PngSpec, y: number): Buffer {
  const bits = spec.bitDepth;
  const values = Array.from({ length: spec.width }, (_, x) => samples(spec, x, y)).flat();
  const out = Buffer.alloc(Math.ceil((values.length * bits) / 8));
  values.forEach((v, i) => {
    if (bits === 16) out.writeUInt16BE(v, i * 2);
    else if (bits === 8) out[i] = v;
    else out[(i * bits) >> 3]! |= v << (8 - bits - ((i * bits) & 7));
  });
  return out;
}

/** Rows filtered in turn with None, Sub and Up, so the reader's predictors are all exercised. */
function filtered(spec: PngSpec): Buffer {
  const bpp = Math.max(1, (CHANNELS[spec.colourType] * spec.bitDepth) / 8);
  const rows: Buffer[] = [];
  let previous: Buffer = Buffer.alloc(row(spec, 0).length);
  for (let y = 0; y < spec.height; y++) {
    const raw = row(spec, y);
    const filter = y % 3;
    const out = Buffer.alloc(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const left = i >= bpp ? raw[i - bpp]! : 0;
      out[i] = filter === 0 ? raw[i]! : filter === 1 ? raw[i]! - left : raw[i]! - previous[i]!;
    }
    rows.push(Buffer.from([filter]), out);
    previous = raw;
  }
  return Buffer.concat(rows);
}

export function encodePng(spec: PngSpec): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header[8] = spec.bitDepth;
  header[9] = spec.colourType;
  const chunks = [chunk('IHDR', header)];
  if (spec.palette) {
    chunks.push(chunk('PLTE', Buffer.from(spec.palette.flatMap(([r, g, b]) => [r, g, b]))));
    if (spec.paletteAlpha) chunks.push(chunk('tRNS', Buffer.from(spec.palette.map((p) => p[3]))));
  }
  // The data split over two IDAT chunks, as encoders do for large images.
  const data = deflateSync(filtered(spec));
  const half = data.length >> 1;
  chunks.push(chunk('IDAT', data.subarray(0, half)), chunk('IDAT', data.subarray(half)), chunk('IEND', new Uint8Array()));
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), ...chunks]));
}
