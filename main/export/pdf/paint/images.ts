// Images embedded once per document and content: PNG data passed through where
// it can be, JPEG as it is, SVG rasterised (pdf-lib cannot embed SVG) at 300 dpi
// of its largest placed size, and so is a PNG with far more pixels than that
// (rasterSource). A photograph's own colour profile (a JPEG's APP2, a PNG's
// iCCP) is declared with it. Bytes that do not decode give null: the painter
// shows a placeholder.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { ownBuffer } from '../../own-buffer.js';
import { embedPng, ImageProfiles, imageKey, jpegIccProfile, rasterSource, SvgImages, SvgRasters } from '../images/index.js';
import type { FlowPage, PlacedImage } from '../flow/index.js';

export class ImageCache {
  private readonly embedded = new Map<string, Promise<PDFImage | null>>();
  private readonly svgs: SvgImages;
  private readonly profiles: ImageProfiles;

  /** `rasters`: the export's SVG drawings, some perhaps started ahead (drawAhead). */
  constructor(
    private readonly doc: PDFDocument,
    rasters = new SvgRasters(),
  ) {
    this.svgs = new SvgImages(doc, rasters);
    this.profiles = new ImageProfiles(doc.context);
  }

  /** The embedded image for a placement, or null when its bytes are not a readable image. */
  get(placed: PlacedImage): Promise<PDFImage | null> {
    const { image } = placed;
    const key = imageKey(image.bytes);
    const svg = rasterSource(placed);
    if (svg !== null) return this.svgs.get(key, svg, placed.width);
    let found = this.embedded.get(key);
    if (found === undefined) {
      found = (image.mime === 'image/png' ? embedPng(this.doc, image.bytes, this.profiles) : this.embedJpeg(image.bytes)).catch(() => null);
      this.embedded.set(key, found);
    }
    return found;
  }

  private async embedJpeg(bytes: Uint8Array): Promise<PDFImage> {
    const image = await this.doc.embedJpg(ownBuffer(bytes));
    const profile = jpegIccProfile(bytes);
    if (profile !== null) {
      // pdf-lib writes the stream when the image is embedded, not when it is made.
      await image.embed();
      this.profiles.tag(image.ref, profile);
    }
    return image;
  }
}

/** Starts rasterising the images that `pages` place and `rasterSource` draws, so they are drawn off the main thread by the time they are painted. */
export function drawAhead(rasters: SvgRasters, pages: readonly FlowPage[]): void {
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const svg = rasterSource(item);
      if (svg !== null) rasters.draw(imageKey(item.image.bytes), svg, item.width);
    }
  }
}
