/**
 * The PNGs that go with SVG figures: Word 2016 and later draw the SVG; older
 * Word and other readers fall back to the PNG. All are rendered before the
 * document is written, at once on libuv's thread pool (resvg's renderAsync),
 * so a publication with several drawings costs about as much as its largest.
 * Text in a drawing is set in the bundled families, as in the PDF, without
 * scanning the system's fonts, which is slow and differs between machines.
 */
import { svgRenderOptions } from '../pdf/images/index.js';
import type { Template } from '../template/index.js';
import type { Figure, FigureImage } from '../tree/types.js';
import { displaySize } from './image-size.js';
import { svgToPng } from './png-raster.js';

/** Twice the display size: sharp on screen and in office printing. */
const fallbackScale = 2;

/** A rendered fallback, or why the SVG could not be read. */
export type SvgFallbacks = ReadonlyMap<Uint8Array, Uint8Array | Error>;

export async function renderSvgFallbacks(figures: readonly Figure[], template: Template): Promise<SvgFallbacks> {
  const svgs = new Map<Uint8Array, number>();
  for (const { image } of figures) if (isSvg(image)) svgs.set(image.bytes, displaySize(image, template).width * fallbackScale);
  const rendered = await Promise.all(
    [...svgs].map(async ([bytes, widthPx]): Promise<[Uint8Array, Uint8Array | Error]> => {
      try {
        return [bytes, await svgToPng(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), svgRenderOptions(bytes, widthPx))];
      } catch (error) {
        return [bytes, error instanceof Error ? error : new Error(String(error))];
      }
    }),
  );
  return new Map(rendered);
}

function isSvg(image: FigureImage): image is Extract<FigureImage, { type: 'image' }> {
  return image.type === 'image' && image.mime === 'image/svg+xml' && image.width > 0 && image.height > 0;
}
