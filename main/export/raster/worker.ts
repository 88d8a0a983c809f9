// The body of the thread that draws SVG rasters, on libuv's threads with
// resvg, and readies them: for the visuals export as PNG files, for the PDF as
// its image streams. RasterThread starts it from this function's source text,
// so that it runs the same from the esbuild bundles and from vitest's
// TypeScript: it may use nothing from outside itself but Node's built-in
// modules, resvg, loaded from the path it is given, and the functions it is
// given (split-alpha.ts).
//
// A PNG is drawn onto white (the poster's paper); the alpha, opaque
// throughout, is dropped and the rows deflated here. The PNG records its
// resolution (pHYs), so that layout programs place a 300 dpi PNG at its
// intended size instead of at 72 or 96 dpi. For the PDF the drawing keeps its
// transparency: its colours and its alpha are split and deflated apart.
import type * as Resvg from '@resvg/resvg-js';
import type { splitAlpha } from './split-alpha.js';

export interface RasterJob {
  readonly id: number;
  /** `png`: a PNG on white; `pdf`: DeflatedPixels with their alpha; `usvg`: the SVG as usvg simplifies it, nothing drawn. */
  readonly output: 'png' | 'pdf' | 'usvg';
  readonly svg: string | Uint8Array;
  /** Size and fonts. */
  readonly options: Resvg.ResvgRenderOptions;
  /** For a PNG's resolution. */
  readonly dpi: number;
}

/** A raster as a PDF image's streams, deflated: its colours and, unless it is opaque, its alpha (the soft mask). */
export interface DeflatedPixels {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
  readonly alpha: Uint8Array | null;
}

export type RasterReply =
  | { readonly id: number; readonly png: Uint8Array; readonly width: number; readonly height: number }
  | ({ readonly id: number } & DeflatedPixels)
  | { readonly id: number; readonly usvg: string }
  | { readonly id: number; readonly error: string };

export interface RasterThreadData {
  /** Where @resvg/resvg-js is, as resolved by the module that starts the thread. */
  readonly resvg: string;
  /** Drawings at a time on libuv's threads. */
  readonly atOnce: number;
}

export function rasterThread(split: typeof splitAlpha): void {
  const { createRequire } = process.getBuiltinModule('node:module');
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const { constants, crc32, deflateSync } = process.getBuiltinModule('node:zlib');
  const { endianness } = process.getBuiltinModule('node:os');
  const { resvg, atOnce } = workerData as RasterThreadData;
  const { renderAsync, Resvg: Tree } = createRequire(resvg)(resvg) as typeof Resvg;
  const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const INCHES_PER_METRE = 39.3700787;
  const port = parentPort!;
  // The rows of one raster at a time, kept for the next: a fresh buffer of
  // 30–60 MB a raster cost more in page faults and collections than the rows.
  let rows = Buffer.alloc(0);

  let drawing = 0;
  const queue: (() => void)[] = [];

  port.on('message', (job: RasterJob) => {
    if (job.output === 'usvg') {
      // Parsing and laying out text takes milliseconds, not a raster's hundreds: done at once, between rasters.
      try {
        port.postMessage({ id: job.id, usvg: new Tree(source(job.svg), job.options).toString() } satisfies RasterReply);
      } catch (error) {
        port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies RasterReply);
      }
      return;
    }
    turn()
      .then(() => draw(job))
      .finally(next)
      .then(({ pixels, width, height }): RasterReply => {
        if (job.output === 'png') return { id: job.id, png: encode(pixels, width, height, job.dpi), width, height };
        const { rgb, alpha, opaque } = split(pixels, width * height, true);
        return { id: job.id, width, height, rgb: deflate(rgb), alpha: opaque ? null : deflate(alpha) };
      })
      .then(
        (reply) => port.postMessage(reply, ownBuffers(reply)),
        (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies RasterReply),
      );
  });

  /** The buffers a reply can hand over rather than copy: those its bytes fill whole. */
  function ownBuffers(reply: RasterReply): ArrayBuffer[] {
    const bytes = 'png' in reply ? [reply.png] : 'rgb' in reply ? [reply.rgb, reply.alpha] : [];
    return bytes.flatMap((b) => (b !== null && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? [b.buffer as ArrayBuffer] : []));
  }

  function deflate(bytes: Uint8Array): Buffer {
    return deflateSync(bytes, { level: constants.Z_BEST_SPEED });
  }

  /** Resolves when a drawing may start, in the order the jobs came. */
  function turn(): Promise<void> {
    if (drawing < atOnce) {
      drawing++;
      return Promise.resolve();
    }
    return new Promise((start) => queue.push(start));
  }

  /** A drawing has finished: the next job in line starts, or a place is free. */
  function next(): void {
    const start = queue.shift();
    if (start === undefined) drawing--;
    else start();
  }

  function draw({ svg, options, output }: RasterJob): Promise<Resvg.RenderedImage> {
    return renderAsync(source(svg), output === 'png' ? { ...options, background: 'white' } : options);
  }

  function source(svg: string | Uint8Array): string | Buffer {
    return typeof svg === 'string' ? svg : Buffer.from(svg.buffer, svg.byteOffset, svg.byteLength);
  }

  /**
   * An RGB PNG, which the PDF writer passes through without decoding. Each
   * row has filter type 0 (none): the rasters are flat colour and deflate
   * well as they are, at zlib's fastest level.
   */
  function encode(pixels: Buffer, width: number, height: number, dpi: number): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, adaptive filtering, not interlaced
    return Buffer.concat([
      SIGNATURE,
      chunk('IHDR', header),
      physChunk(dpi),
      chunk('IDAT', deflate(rgbRows(pixels, width, height))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }

  /** The alpha dropped, a filter byte before each row; four pixels at a time as three 32-bit words where the machine is little-endian. */
  function rgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
    const stride = width * 3;
    const size = (stride + 1) * height;
    if (rows.length < size) rows = Buffer.allocUnsafeSlow(size);
    const raw = rows.subarray(0, size);
    const words = endianness() === 'LE' && rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : null;
    const row = new Uint32Array(Math.ceil(stride / 4) + 1);
    const rowBytes = new Uint8Array(row.buffer, 0, stride);
    for (let y = 0; y < height; y++) {
      const start = y * width;
      let x = 0;
      if (words !== null) {
        for (let w = 0; x + 4 <= width; x += 4, w += 3) {
          const p0 = words[start + x]!;
          const p1 = words[start + x + 1]!;
          const p2 = words[start + x + 2]!;
          const p3 = words[start + x + 3]!;
          row[w] = (p0 & 0xffffff) | (p1 << 24);
          row[w + 1] = ((p1 >>> 8) & 0xffff) | (p2 << 16);
          row[w + 2] = ((p2 >>> 16) & 0xff) | (p3 << 8);
        }
      }
      for (let from = (start + x) * 4, to = x * 3; x < width; x++, from += 4, to += 3) {
        rowBytes[to] = rgba[from]!;
        rowBytes[to + 1] = rgba[from + 1]!;
        rowBytes[to + 2] = rgba[from + 2]!;
      }
      raw[y * (stride + 1)] = 0; // filter type 0
      raw.set(rowBytes, y * (stride + 1) + 1);
    }
    return raw;
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
}
