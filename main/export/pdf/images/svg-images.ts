// SVG pictures that are not painted as vectors (and oversampled PNGs) as
// images of one PDF, one stream each, at the size their largest placement
// needs (SvgPictures): a larger placement later replaces the
// stream under the same reference, so earlier pages show it too (scaled down, never coarser).
import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { ImageProfiles } from './image-profiles.js';
import { asPdfImage, replaceStream } from './pdf-image.js';
import { deflatedXObject } from './rgba-xobject.js';
import type { SvgPictures } from './svg-pictures.js';

interface Embedded {
  readonly pixels: number;
  readonly image: Promise<PDFImage | null>;
}

export class SvgImages {
  private readonly embedded = new Map<string, Embedded>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly pictures: SvgPictures,
    private readonly profiles: ImageProfiles,
  ) {}

  /**
   * `key`: the drawing's imageKey. Null when the bytes are not a drawable SVG.
   * `profile`: the colour profile of the picture the SVG wraps (an oversampled
   * PNG's), whose pixel values the raster keeps.
   */
  get(key: string, svg: Uint8Array, widthInPoints: number, profile: Uint8Array | null = null): Promise<PDFImage | null> {
    const drawing = this.pictures.raster(key, svg, widthInPoints);
    const known = this.embedded.get(key);
    if (known !== undefined && known.pixels >= drawing.pixels) return known.image;
    const image = (known?.image ?? Promise.resolve(null))
      .then(async (previous) => {
        const xobject = deflatedXObject(this.doc.context, await drawing.raster);
        const image = previous === null ? await asPdfImage(this.doc, xobject) : replaceStream(this.doc, previous, xobject);
        if (profile !== null) this.profiles.tag(image.ref, profile);
        return image;
      })
      .catch(() => null);
    this.embedded.set(key, { pixels: drawing.pixels, image });
    return image;
  }
}
