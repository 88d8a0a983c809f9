// Images embedded once per document and content: PNG data passed through where
// it can be, JPEG as it is, SVG rasterised (pdf-lib cannot embed SVG) at 300 dpi
// of its largest placed size. Bytes that do not decode give null: the painter
// shows a placeholder.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { ownBuffer } from '../../own-buffer.js';
import { embedPng, imageKey, SvgImages, SvgRasters } from '../images/index.js';
import type { FlowPage, PlacedImage } from '../flow/index.js';

export class ImageCache {
  private readonly embedded = new Map<string, Promise<PDFImage | null>>();
  private readonly svgs: SvgImages;

  /** `rasters`: the export's SVG drawings, some perhaps started ahead (drawAhead). */
  constructor(
    private readonly doc: PDFDocument,
    rasters = new SvgRasters(),
  ) {
    this.svgs = new SvgImages(doc, rasters);
  }

  /** The embedded image for a placement, or null when its bytes are not a readable image. */
  get(placed: PlacedImage): Promise<PDFImage | null> {
    const { image } = placed;
    const key = imageKey(image.bytes);
    if (image.mime === 'image/svg+xml') return this.svgs.get(key, image.bytes, placed.width);
    let found = this.embedded.get(key);
    if (found === undefined) {
      found = (image.mime === 'image/png' ? embedPng(this.doc, image.bytes) : this.doc.embedJpg(ownBuffer(image.bytes))).catch(() => null);
      this.embedded.set(key, found);
    }
    return found;
  }
}

/** Starts rasterising the SVG drawings that `pages` place, so they are drawn off the main thread by the time they are painted. */
export function drawAhead(rasters: SvgRasters, pages: readonly FlowPage[]): void {
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind === 'image' && item.image.mime === 'image/svg+xml') rasters.draw(imageKey(item.image.bytes), item.image.bytes, item.width);
    }
  }
}
