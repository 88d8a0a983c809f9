// Images embedded once per document and content: PNG data passed through where
// it can be, JPEG as it is unless it has far more pixels than the edition
// needs (main/export/photos), SVG as vectors in a form XObject (../vector), or
// rasterised at 300 dpi of its largest placed size where it needs what PDF
// does not paint plainly, and so is a PNG with far more pixels than that
// (rasterSource). A photograph's own colour profile (a JPEG's APP2, a PNG's
// iCCP) is declared with it. Bytes that do not decode give null: the painter
// shows a placeholder.
import type { PDFDocument, PDFImage, PDFObject } from 'pdf-lib';
import { embedJpeg, embedPng, ImageProfiles, imageKey, pngIccProfileOf, rasterSource, SvgImages, SvgPictures } from '../images/index.js';
import { embedVectorForm, type VectorForm } from '../vector/index.js';
import { placementKey, type PhotoScaler } from '../../photos/index.js';
import type { FlowPage, PlacedImage } from '../flow/index.js';

/** What a placement paints: an image XObject, or an SVG picture's vectors. */
export type Picture = { readonly kind: 'image'; readonly image: PDFImage } | { readonly kind: 'vectors'; readonly form: VectorForm };

export class ImageCache {
  private readonly embedded = new Map<string, Promise<PDFImage | null>>();
  private readonly forms = new Map<string, Promise<VectorForm | null>>();
  private readonly svgs: SvgImages;
  private readonly profiles: ImageProfiles;

  /**
   * `pictures`: the export's SVG pictures, some perhaps read or drawn ahead (drawAhead).
   * `photos`: the export's photos scaled by the edition's rule, some perhaps
   * started ahead; null keeps every photo as it came.
   */
  constructor(
    private readonly doc: PDFDocument,
    private readonly pictures = new SvgPictures(),
    private readonly photos: PhotoScaler | null = null,
  ) {
    this.profiles = new ImageProfiles(doc.context);
    this.svgs = new SvgImages(doc, pictures, this.profiles);
  }

  /**
   * What to paint for a placement, or null when its bytes are not a readable
   * image. `rgbSpace`: what the page declares DeviceRGB to be, which a form
   * declares too.
   */
  async get(placed: PlacedImage, rgbSpace?: PDFObject): Promise<Picture | null> {
    const { image } = placed;
    const key = imageKey(image.bytes);
    if (image.mime === 'image/svg+xml') {
      const form = await this.vectors(key, image.bytes, rgbSpace);
      if (form !== null) return { kind: 'vectors', form };
    }
    const embedded = await this.image(placed, key);
    return embedded === null ? null : { kind: 'image', image: embedded };
  }

  /** The picture's vectors as a form, embedded once; null when it is rasterised instead. */
  private vectors(key: string, svg: Uint8Array, rgbSpace: PDFObject | undefined): Promise<VectorForm | null> {
    let form = this.forms.get(key);
    if (form === undefined) {
      form = this.pictures
        .vector(key, svg)
        .then((drawing) => (drawing === null ? null : embedVectorForm(this.doc, drawing, rgbSpace, this.profiles)))
        .catch(() => null);
      this.forms.set(key, form);
    }
    return form;
  }

  private image(placed: PlacedImage, key: string): Promise<PDFImage | null> {
    const { image } = placed;
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
 * Starts reading the SVG pictures that `pages` place as vectors (or else
 * rasterising them), rasterising their oversampled PNGs, and scaling their
 * photos that `photos` scales, so all is done off the main thread by the
 * time they are painted.
 */
export function drawAhead(pictures: SvgPictures, pages: readonly FlowPage[], photos: PhotoScaler | null = null): void {
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const { bytes, mime } = item.image;
      const svg = rasterSource(item);
      if (mime === 'image/svg+xml') pictures.ahead(imageKey(bytes), bytes, item.width);
      else if (svg !== null) pictures.raster(imageKey(bytes), svg, item.width);
      else if (photos?.scales(mime, item.dpi) === true) void photos.scale(imageKey(bytes), bytes, item.dpi);
    }
  }
}
