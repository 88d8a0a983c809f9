// A thread of its own for the visuals export's rasters. A 300 dpi raster at
// A3 is 10–20 million pixels: handing resvg's pixels from its threads to
// JavaScript copies them, and taking the alpha out of each and deflating the
// rows cost the export's own thread more than all its posters' text. Here the
// export's thread sends an SVG and gets a PNG back, laying out and painting
// posters meanwhile.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { ownBuffer } from '../pdf/images/index.js';
import { rasterThread, type RasterJob, type RasterReply, type RasterThreadData } from './raster-worker.js';

export interface Raster {
  /** An RGB PNG with its resolution recorded. */
  readonly png: Uint8Array;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
}

interface Waiting {
  readonly resolve: (raster: Raster) => void;
  readonly reject: (error: Error) => void;
}

export class RasterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor() {
    const workerData: RasterThreadData = { resvg: createRequire(thisModule()).resolve('@resvg/resvg-js') };
    this.worker = new Worker(`(${rasterThread.toString()})()`, { eval: true, workerData });
    this.worker.on('message', (reply: RasterReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('png' in reply) waiting?.resolve({ png: reply.png, width: reply.width, height: reply.height });
      else waiting?.reject(new Error(reply.error));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the raster thread exited with ${code}`)));
  }

  /** The SVG drawn onto white with resvg's `options` (size, fonts), as a PNG at `dpi`. Rejects when it does not draw. */
  png(svg: string | Uint8Array, options: ResvgRenderOptions, dpi: number): Promise<Raster> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // A message clones a view's whole buffer: a picture held in a larger buffer is sent as its own bytes.
      this.worker.postMessage({ id, svg: typeof svg === 'string' ? svg : ownBuffer(svg), options, dpi } satisfies RasterJob);
    });
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
