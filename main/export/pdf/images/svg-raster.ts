// How resvg draws our SVG drawings: with the template families' fonts.
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { bundledFamilyFiles, type BundledFamilyName } from '../fonts/index.js';

const SVG_FAMILIES: readonly BundledFamilyName[] = ['Source Sans 3', 'Source Serif 4', 'Noto Sans'];
let fontFiles: string[] | undefined;

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
