// An SVG drawn to pixels by resvg. Its raw (premultiplied) pixels are taken
// as they are: encoding them as a PNG only to decode that again cost more than the drawing.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { bundledFamilyFiles, type BundledFamilyName } from '../fonts/index.js';
import type { RgbaPixels } from './rgba-xobject.js';

const SVG_FAMILIES: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];
let fontFiles: string[] | undefined;

/** Throws when the bytes are not a drawable SVG. */
export function rasteriseSvg(svg: Uint8Array, widthInPixels: number): RgbaPixels {
  const rendered = new Resvg(Buffer.from(svg), svgRenderOptions(widthInPixels)).render();
  return { width: rendered.width, height: rendered.height, data: rendered.pixels, premultiplied: true };
}

/** How SVG pictures are drawn: with the template families' files, never the system's. */
export function svgRenderOptions(widthInPixels: number): ResvgRenderOptions {
  fontFiles ??= SVG_FAMILIES.flatMap((name) => Object.values(bundledFamilyFiles(name)));
  return {
    fitTo: { mode: 'width', value: widthInPixels },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3' },
  };
}
