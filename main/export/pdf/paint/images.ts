// Images embedded once per document and content: PNG and JPEG as they are,
// SVG rasterised (pdf-lib cannot embed SVG) at 300 dpi of its placed size.
// Bytes that do not decode give null: the painter shows a placeholder.
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { bundledFamilyFiles, type BundledFamilyName } from '../fonts/index.js';
import type { PlacedImage } from '../flow/index.js';

const SVG_DPI = 300;
const POINTS_PER_INCH = 72;
const SVG_FAMILIES: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];

export class ImageCache {
  private readonly embedded = new Map<string, Promise<PDFImage | null>>();
  private svgFonts: string[] | undefined;

  constructor(private readonly doc: PDFDocument) {}

  /** The embedded image for a placement, or null when its bytes are not a readable image. */
  get(placed: PlacedImage): Promise<PDFImage | null> {
    const { image } = placed;
    const hash = createHash('sha256').update(image.bytes).digest('hex');
    // An SVG is rasterised for its placed width; the same drawing at another size is another image.
    const key = image.mime === 'image/svg+xml' ? `${hash}@${svgPixels(placed.width)}` : hash;
    let found = this.embedded.get(key);
    if (found === undefined) {
      found = this.embed(placed).catch(() => null);
      this.embedded.set(key, found);
    }
    return found;
  }

  private async embed(placed: PlacedImage): Promise<PDFImage | null> {
    const { image } = placed;
    switch (image.mime) {
      case 'image/png':
        return this.doc.embedPng(image.bytes);
      case 'image/jpeg':
        return this.doc.embedJpg(image.bytes);
      case 'image/svg+xml':
        return this.doc.embedPng(this.rasterise(image.bytes, svgPixels(placed.width)));
    }
  }

  private rasterise(svg: Uint8Array, width: number): Uint8Array {
    this.svgFonts ??= SVG_FAMILIES.flatMap((name) => Object.values(bundledFamilyFiles(name)));
    const resvg = new Resvg(Buffer.from(svg), {
      fitTo: { mode: 'width', value: width },
      font: { loadSystemFonts: false, fontFiles: this.svgFonts, defaultFontFamily: 'Source Sans 3' },
    });
    return resvg.render().asPng();
  }
}

function svgPixels(widthInPoints: number): number {
  return Math.max(1, Math.round((widthInPoints / POINTS_PER_INCH) * SVG_DPI));
}
