// Images embedded once per document and content: PNG data passed through where
// it can be, JPEG as it is unless it has far more pixels than the edition
// needs (main/export/photos), SVG rasterised (pdf-lib cannot embed SVG) at 300 dpi
// of its largest placed size, and so is a PNG with far more pixels than that
// (rasterSource). A photograph's own colour profile (a JPEG's APP2, a PNG's
// iCCP) is declared with it. Bytes that do not decode give null: the painter
// shows a placeholder.
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { embedJpeg, embedPng, ImageProfiles, imageKey, pngIccProfileOf, rasterSource, SvgImages, SvgRasters } from '../images/index.js';
import { placementKey, type PhotoScaler } from '../../photos/index.js';
import type { FlowPage, PlacedImage } from '../flow/index.js';

export class ImageCache {
  private readonly embedded = new Map<string, Promise<PDFImage | null>>();
  private readonly svgs: SvgImages;
  private readonly profiles: ImageProfiles;

  /**
   * `rasters`: the export's SVG drawings, some perhaps started ahead (drawAhead).
   * `photos`: the export's photos scaled by the edition's rule, some perhaps
   * started ahead; null keeps every photo as it came.
   */
  constructor(
    private readonly doc: PDFDocument,
    rasters = new SvgRasters(),
    private readonly photos: PhotoScaler | null = null,
  ) {
    this.profiles = new ImageProfiles(doc.context);
    this.svgs = new SvgImages(doc, rasters, this.profiles);
  }

  /** The embedded image for a placement, or null when its bytes are not a readable image. */
  get(placed: PlacedImage): Promise<PDFImage | null> {
    const { image } = placed;
    const key = imageKey(image.bytes);
    const svg = rasterSource(placed);
    if (svg !== null) return this.svgs.get(key, svg, placed.width, image.mime === 'image/png' ? this.rasterProfile(key, image.bytes) : null);
    // A photo scaled down is scaled for its placement: placed twice at two sizes, it is embedded twice.
    const scaled = this.photos?.scales(image.mime, placed.dpi) === true;
    const embedKey = scaled ? placementKey(key, placed.dpi) : key;
    let found = this.embedded.get(embedKey);
    if (found === undefined) {
      found = (image.mime === 'image/png' ? embedPng(this.doc, image.bytes, this.profiles) : this.jpeg(key, image.bytes, scaled ? placed.dpi : null)).catch(() => null);
      this.embedded.set(embedKey, found);
    }
    return found;
  }

  /** A JPEG as it came, or scaled down from `dpi` (in sRGB then, which needs no profile). */
  private async jpeg(key: string, bytes: Uint8Array, dpi: number | null): Promise<PDFImage> {
    const scaled = dpi === null || this.photos === null ? null : await this.photos.scale(key, bytes, dpi);
    return embedJpeg(this.doc, scaled ?? bytes, this.profiles);
  }

  private readonly rasterProfiles = new Map<string, Uint8Array | null>();

  /** The profile of an oversampled PNG, drawn anew at 300 dpi: read once per picture. */
  private rasterProfile(key: string, bytes: Uint8Array): Uint8Array | null {
    let profile = this.rasterProfiles.get(key);
    if (profile === undefined) {
      profile = pngIccProfileOf(bytes);
      this.rasterProfiles.set(key, profile);
    }
    return profile;
  }
}

/**
 * Starts rasterising the images that `pages` place and `rasterSource` draws,
 * and scaling their photos that `photos` scales, so both are done off the
 * main thread by the time they are painted.
 */
export function drawAhead(rasters: SvgRasters, pages: readonly FlowPage[], photos: PhotoScaler | null = null): void {
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const svg = rasterSource(item);
      if (svg !== null) rasters.draw(imageKey(item.image.bytes), svg, item.width);
      else if (photos?.scales(item.image.mime, item.dpi) === true) void photos.scale(imageKey(item.image.bytes), item.image.bytes, item.dpi);
    }
  }
}
