// Images embedded once per document and content: PNG data passed through where
// it can be, JPEG as it is, SVG rasterised (pdf-lib cannot embed SVG) at 300 dpi
// of its largest placed size. Bytes that do not decode give null: the painter
// shows a placeholder.
import { createHash } from 'node:crypto';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { embedPng, ownBuffer, SvgImages } from '../images/index.js';
import type { PlacedImage } from '../flow/index.js';

const SVG_DPI = 300;
const POINTS_PER_INCH = 72;

export class ImageCache {
  private readonly embedded = new Map<string, Promise<PDFImage | null>>();
  private readonly svgs: SvgImages;

  constructor(private readonly doc: PDFDocument) {
    this.svgs = new SvgImages(doc);
  }

  /** The embedded image for a placement, or null when its bytes are not a readable image. */
  get(placed: PlacedImage): Promise<PDFImage | null> {
    const { image } = placed;
    const hash = createHash('sha256').update(image.bytes).digest('hex');
    if (image.mime === 'image/svg+xml') return this.svgs.get(hash, image.bytes, svgPixels(placed.width));
    let found = this.embedded.get(hash);
    if (found === undefined) {
      found = (image.mime === 'image/png' ? embedPng(this.doc, image.bytes) : this.doc.embedJpg(ownBuffer(image.bytes))).catch(() => null);
      this.embedded.set(hash, found);
    }
    return found;
  }
}

function svgPixels(widthInPoints: number): number {
  return Math.max(1, Math.round((widthInPoints / POINTS_PER_INCH) * SVG_DPI));
}
