// An SVG drawn to pixels by resvg. Its raw (premultiplied) pixels are taken
// as they are: encoding them as a PNG only to decode that again cost more than the drawing.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { bundledFamilyFiles, type BundledFamilyName } from '../fonts/index.js';
import type { RgbaPixels } from './rgba-xobject.js';

const SVG_FAMILIES: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];
let fontFiles: string[] | undefined;

/** Throws when the bytes are not a drawable SVG. */
export function rasteriseSvg(svg: Uint8Array, widthInPixels: number): RgbaPixels {
  const rendered = new Resvg(Buffer.from(svg), svgRenderOptions(svg, widthInPixels)).render();
  return { width: rendered.width, height: rendered.height, data: rendered.pixels, premultiplied: true };
}

/**
 * How SVG pictures are drawn, in the PDF, the visuals export and the DOCX
 * fallbacks alike: with the template families' files, never the system's,
 * the generic families named after them. Parsing font files is most of
 * resvg's cost for a small drawing: only drawings with text get them.
 */
export function svgRenderOptions(svg: Uint8Array, widthInPixels: number): ResvgRenderOptions {
  const hasText = Buffer.from(svg.buffer, svg.byteOffset, svg.byteLength).includes('<text');
  fontFiles ??= SVG_FAMILIES.flatMap((name) => Object.values(bundledFamilyFiles(name)));
  return {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(widthInPixels)) },
    font: hasText
      ? { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3', serifFamily: 'Source Serif 4' }
      : { loadSystemFonts: false },
  };
}
