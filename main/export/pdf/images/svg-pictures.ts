// The SVG pictures of one export. Each is first simplified by usvg (resvg's
// own parser: shapes as paths, text as outlines in the template's fonts) and
// read as vectors (../vector), which the PDF paints as they are: sharp at any
// size, and no pixels to draw. One that needs what PDF does not paint plainly
// (a filter, a mask, a pattern, an embedded SVG) is rasterised instead,
// once, at 300 dpi of its largest placement — and so is a PNG with far more
// pixels than print needs (oversampled.ts). Both happen on a thread of their
// own (RasterThread), started as soon as a chapter that places the picture is
// set (drawAhead), while the next chapters are set; painting waits only for
// what is not done yet. `close()` ends the thread.
import { createHash } from 'node:crypto';
import { RasterThread, type DeflatedPixels } from '../../raster/index.js';
import { readVectorDrawing, type VectorDrawing } from '../vector/index.js';
import { svgRenderOptions } from './svg-raster.js';

const SVG_DPI = 300;
const POINTS_PER_INCH = 72;

export interface SvgRaster {
  readonly pixels: number;
  /** Rejects when the bytes are not a drawable SVG. */
  readonly raster: Promise<DeflatedPixels>;
}

export class SvgPictures {
  private readonly vectors = new Map<string, Promise<VectorDrawing | null>>();
  private readonly drawn = new Map<string, SvgRaster>();
  private thread: RasterThread | null = null;

  /**
   * The picture `svg` (its `key`, imageKey) as vectors, or null when it must
   * be rasterised (or does not draw at all: its raster then fails too).
   */
  vector(key: string, svg: Uint8Array): Promise<VectorDrawing | null> {
    let vector = this.vectors.get(key);
    if (vector === undefined) {
      vector = this.ownThread()
        .simplified(svg, svgRenderOptions(svg, 1))
        .then(readVectorDrawing)
        .catch(() => null);
      this.vectors.set(key, vector);
    }
    return vector;
  }

  /** Gets ready what painting `svg` at `widthInPoints` will need: its vectors, or else its raster. */
  ahead(key: string, svg: Uint8Array, widthInPoints: number): void {
    void this.vector(key, svg).then((vector) => {
      if (vector === null) this.raster(key, svg, widthInPoints);
    });
  }

  /** The picture at least `widthInPoints` wide at 300 dpi: the raster under way, or a new one. */
  raster(key: string, svg: Uint8Array, widthInPoints: number): SvgRaster {
    const pixels = svgPixels(widthInPoints);
    const known = this.drawn.get(key);
    if (known !== undefined && known.pixels >= pixels) return known;
    const raster = this.ownThread().pdfImage(svg, svgRenderOptions(svg, pixels));
    // Whoever paints it hears of a failure (and shows a placeholder); one asked for ahead and superseded is not awaited.
    raster.catch(() => undefined);
    const drawing = { pixels, raster };
    this.drawn.set(key, drawing);
    return drawing;
  }

  async close(): Promise<void> {
    await this.thread?.close();
    this.thread = null;
  }

  private ownThread(): RasterThread {
    this.thread ??= new RasterThread(1);
    return this.thread;
  }
}

/** An image's identity in an export: its content's hash, so the same picture in two figures is embedded once. */
export function imageKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function svgPixels(widthInPoints: number): number {
  return Math.max(1, Math.round((widthInPoints / POINTS_PER_INCH) * SVG_DPI));
}
