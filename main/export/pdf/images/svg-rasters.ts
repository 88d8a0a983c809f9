// The SVG drawings of one export, each rasterised once, at the width of its
// largest placement, and started as soon as it is known: the PDF writer asks
// for a chapter's drawings when the chapter is set (drawAhead), so they are
// drawn on a thread of their own (RasterThread) while the next chapters are
// set, and painting waits only for what is not drawn yet. A wider placement
// later starts a wider raster. `close()` ends the thread.
import { createHash } from 'node:crypto';
import { RasterThread, type DeflatedPixels } from '../../raster/index.js';
import { svgRenderOptions } from './svg-raster.js';

const SVG_DPI = 300;
const POINTS_PER_INCH = 72;

export interface SvgRaster {
  readonly pixels: number;
  /** Rejects when the bytes are not a drawable SVG. */
  readonly raster: Promise<DeflatedPixels>;
}

export class SvgRasters {
  private readonly drawn = new Map<string, SvgRaster>();
  private thread: RasterThread | null = null;

  /** The drawing `svg` (its `key`, imageKey) at least `widthInPoints` wide at 300 dpi: the raster under way, or a new one. */
  draw(key: string, svg: Uint8Array, widthInPoints: number): SvgRaster {
    const pixels = svgPixels(widthInPoints);
    const known = this.drawn.get(key);
    if (known !== undefined && known.pixels >= pixels) return known;
    this.thread ??= new RasterThread(1);
    const raster = this.thread.pdfImage(svg, svgRenderOptions(svg, pixels));
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
}

/** An image's identity in an export: its content's hash, so the same picture in two figures is embedded once. */
export function imageKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function svgPixels(widthInPoints: number): number {
  return Math.max(1, Math.round((widthInPoints / POINTS_PER_INCH) * SVG_DPI));
}
