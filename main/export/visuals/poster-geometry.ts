// A poster's page: A3 or A4, upright or lying to suit the visual, with the
// publication's print conventions (3 mm bleed, crop marks, TrimBox/BleedBox)
// through the same geometry as the publication's pages.
import type { Template } from '../template/index.js';
import { pageGeometry, type Edition, type PageGeometry } from '../pdf/document/geometry.js';

export const posterSizes = ['a3', 'a4'] as const;
export type PosterSize = (typeof posterSizes)[number];

const SIZES_MM: Record<PosterSize, { short: number; long: number }> = {
  a4: { short: 210, long: 297 },
  a3: { short: 297, long: 420 },
};
const BLEED_MM = 3;
/** Visuals at least this much wider than tall get a lying page. */
const LANDSCAPE_FROM = 1.2;

export function posterGeometry(template: Template, size: PosterSize, edition: Edition, aspect: number): PageGeometry {
  const { short, long } = SIZES_MM[size];
  const landscape = aspect >= LANDSCAPE_FROM;
  const margin = short * 0.08;
  return pageGeometry(
    {
      ...template,
      page: {
        ...template.page,
        width: landscape ? long : short,
        height: landscape ? short : long,
        bleed: BLEED_MM,
        margins: { top: margin, bottom: margin, inner: margin, outer: margin },
      },
    },
    edition,
  );
}

/** Type and spacing grow with the paper: 1 on A4, √2 on A3, whichever way it lies. */
export function posterScale(g: PageGeometry): number {
  return Math.min(g.trimWidth, g.trimHeight) / 595.28;
}
