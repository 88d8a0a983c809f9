// An SVG drawn to pixels by resvg. Its raw (premultiplied) pixels are taken
// as they are: encoding them as a PNG only to decode that again cost more than the drawing.
import { Resvg } from '@resvg/resvg-js';
import { bundledFamilyFiles, type BundledFamilyName } from '../fonts/index.js';
import type { RgbaPixels } from './rgba-xobject.js';

const SVG_FAMILIES: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];
let fontFiles: string[] | undefined;

/** Throws when the bytes are not a drawable SVG. */
export function rasteriseSvg(svg: Uint8Array, widthInPixels: number): RgbaPixels {
  fontFiles ??= SVG_FAMILIES.flatMap((name) => Object.values(bundledFamilyFiles(name)));
  const resvg = new Resvg(Buffer.from(svg), {
    fitTo: { mode: 'width', value: widthInPixels },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3' },
  });
  const rendered = resvg.render();
  return { width: rendered.width, height: rendered.height, data: rendered.pixels, premultiplied: true };
}
