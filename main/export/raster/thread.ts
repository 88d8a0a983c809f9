// A thread of its own for SVG pictures: usvg's simplified tree of each (which
// the PDF paints as vectors: parsing and outlining text takes tens of
// milliseconds) and, where one is needed, its raster. A 300 dpi raster is millions of
// pixels: handing resvg's pixels from its threads to JavaScript copies them
// (and the copies' external memory brings collections), and taking the alpha
// out of each and deflating them cost the export's own thread more than all
// the text of a visuals export's posters, and half a second of the book's
// PDF. Here the export's thread sends an SVG and gets a PNG (the visuals
// export) or a PDF image's streams (the book) back, setting text meanwhile.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { ownBuffer } from '../own-buffer.js';
import { splitAlpha } from './split-alpha.js';
import { rasterThread, type DeflatedPixels, type RasterJob, type RasterReply, type RasterThreadData } from './worker.js';

export interface Raster {
  /** An RGB PNG with its resolution recorded. */
  readonly png: Uint8Array;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
}

interface Waiting {
  readonly resolve: (reply: RasterReply) => void;
  readonly reject: (error: Error) => void;
}

export class RasterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | null = null;

  /**
   * `atOnce`: drawings at a time on libuv's threads. The visuals export draws
   * two: four at once (the pool's size) took the cores from the thread that
   * lays out and paints the posters, which the export waits for, and held four
   * 30–60 MB canvases; one at a time made the last chart's image come after
   * everything else was done. The PDF draws one, beside the thread that sets
   * the chapters, which is most of its work.
   */
  constructor(atOnce: number) {
    const workerData: RasterThreadData = { resvg: createRequire(thisModule()).resolve('@resvg/resvg-js'), atOnce };
    this.worker = new Worker(`(${rasterThread.toString()})(${splitAlpha.toString()})`, { eval: true, workerData });
    // Idle, the thread keeps no process alive (one whose owner forgot to close it); waited for, it does.
    this.worker.unref();
    this.worker.on('message', (reply: RasterReply) => {
      const waiting = this.waiting.get(reply.id);
      this.settle(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the raster thread exited with ${code}`)));
  }

  /** The SVG drawn onto white with resvg's `options` (size, fonts), as a PNG at `dpi`. Rejects when it does not draw. */
  async png(svg: string | Uint8Array, options: ResvgRenderOptions, dpi: number): Promise<Raster> {
    const reply = await this.ask({ output: 'png', svg, options, dpi });
    if (!('png' in reply)) throw new Error('the raster thread answered without a PNG');
    return { png: reply.png, width: reply.width, height: reply.height };
  }

  /** The SVG drawn with resvg's `options` (size, fonts), transparent where it is, as a PDF image's deflated streams. Rejects when it does not draw. */
  async pdfImage(svg: Uint8Array, options: ResvgRenderOptions): Promise<DeflatedPixels> {
    const reply = await this.ask({ output: 'pdf', svg, options, dpi: 0 });
    if (!('rgb' in reply)) throw new Error('the raster thread answered without pixels');
    return { width: reply.width, height: reply.height, rgb: reply.rgb, alpha: reply.alpha };
  }

  /** The SVG as usvg simplifies it (shapes as paths, text as outlines in `options`' fonts), nothing drawn. Rejects when it does not parse. */
  async simplified(svg: Uint8Array, options: ResvgRenderOptions): Promise<string> {
    const reply = await this.ask({ output: 'usvg', svg, options, dpi: 0 });
    if (!('usvg' in reply)) throw new Error('the raster thread answered without a tree');
    return reply.usvg;
  }

  private ask(job: Omit<RasterJob, 'id'>): Promise<RasterReply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // A message clones a view's whole buffer: a picture held in a larger buffer is sent as its own bytes.
      const svg = typeof job.svg === 'string' ? job.svg : ownBuffer(job.svg);
      this.worker.postMessage({ ...job, id, svg } satisfies RasterJob);
    });
  }

  private settle(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }

  /** Ends the thread; a raster still being drawn is rejected. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/** The bundled CommonJS build (CLI, app, export worker) knows its file; the ES module sources (tests) their URL. */
function thisModule(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}
