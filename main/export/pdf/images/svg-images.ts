// SVG drawings rasterised once per document each, at the size their largest
// placement needs: a larger placement later replaces the raster under the same
// reference, so earlier pages show it too (scaled down, never coarser).
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { asPdfImage, replaceStream } from './pdf-image.js';
import { rgbaXObject } from './rgba-xobject.js';
import { rasteriseSvg } from './svg-raster.js';

interface Rasterised {
  readonly pixels: number;
  readonly image: Promise<PDFImage | null>;
}

export class SvgImages {
  private readonly rasters = new Map<string, Rasterised>();

  constructor(private readonly doc: PDFDocument) {}

  /** `key`: the drawing's content hash. Null when the bytes are not a drawable SVG. */
  get(key: string, svg: Uint8Array, widthInPixels: number): Promise<PDFImage | null> {
    const known = this.rasters.get(key);
    if (known !== undefined && known.pixels >= widthInPixels) return known.image;
    const image = (known?.image ?? Promise.resolve(null))
      .then((previous) => {
        const xobject = rgbaXObject(this.doc.context, rasteriseSvg(svg, widthInPixels));
        return previous === null ? asPdfImage(this.doc, xobject) : replaceStream(this.doc, previous, xobject);
      })
      .catch(() => null);
    this.rasters.set(key, { pixels: widthInPixels, image });
    return image;
  }
}
