// An SVG drawn to pixels by resvg. Its raw (premultiplied) pixels are taken
// as they are: encoding them as a PNG only to decode that again cost more than the drawing.
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { bundledFamilyFiles, type BundledFamilyName } from '../fonts/index.js';
import type { RgbaPixels } from './rgba-xobject.js';

const SVG_FAMILIES: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];
let fontFiles: string[] | undefined;

/** Throws when the bytes are not a drawable SVG. */
export function rasteriseSvg(svg: Uint8Array, widthInPixels: number): RgbaPixels {
  const rendered = new Resvg(Buffer.from(svg), options(widthInPixels)).render();
  return { width: rendered.width, height: rendered.height, data: rendered.pixels, premultiplied: true };
}

/**
 * The same on libuv's threads, onto a `background` (a CSS colour) so the
 * raster is opaque: for exports that rasterise several SVGs while they lay out.
 * Rejects when the bytes are not a drawable SVG.
 */
export async function rasteriseSvgAsync(svg: Uint8Array, widthInPixels: number, background: string): Promise<RgbaPixels> {
  const rendered = await renderAsync(Buffer.from(svg), { ...options(widthInPixels), background });
  return { width: rendered.width, height: rendered.height, data: rendered.pixels, premultiplied: true };
}

function options(widthInPixels: number): ResvgRenderOptions {
  fontFiles ??= SVG_FAMILIES.flatMap((name) => Object.values(bundledFamilyFiles(name)));
  return {
    fitTo: { mode: 'width', value: widthInPixels },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3' },
  };
}
