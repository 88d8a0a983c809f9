/**
 * Page geometry: where the trim, the bleed and the text area lie on a PDF page.
 * Templates measure pages in millimetres; PDF measures in points, y upwards.
 * The print edition's MediaBox is larger than the trim by the bleed and the
 * room the crop marks need; the screen edition's page is the trim itself.
 */
import type { Template } from '../../template/index.js';

export type Edition = 'screen' | 'print';

const POINTS_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return value * POINTS_PER_MM;
}

/** Crop marks start this far outside the bleed, so they never show on a trimmed page. */
export const MARK_GAP = mm(1);
export const MARK_LENGTH = mm(5);
/** Room around the bleed for the marks and a little paper beyond them. */
const MARK_ROOM = MARK_GAP + MARK_LENGTH + mm(1);

export interface PageGeometry {
  readonly edition: Edition;
  readonly mediaWidth: number;
  readonly mediaHeight: number;
  /** The trim's lower-left corner on the MediaBox. */
  readonly trimX: number;
  readonly trimY: number;
  readonly trimWidth: number;
  readonly trimHeight: number;
  /** Bleed on every side of the trim; 0 on screen. */
  readonly bleed: number;
  readonly margins: { readonly top: number; readonly bottom: number; readonly inner: number; readonly outer: number };
}

export function pageGeometry(template: Template, edition: Edition): PageGeometry {
  const { page } = template;
  const trimWidth = mm(page.width);
  const trimHeight = mm(page.height);
  const bleed = edition === 'print' ? mm(page.bleed) : 0;
  const slug = edition === 'print' ? bleed + MARK_ROOM : 0;
  return {
    edition,
    mediaWidth: trimWidth + 2 * slug,
    mediaHeight: trimHeight + 2 * slug,
    trimX: slug,
    trimY: slug,
    trimWidth,
    trimHeight,
    bleed,
    margins: {
      top: mm(page.margins.top),
      bottom: mm(page.margins.bottom),
      inner: mm(page.margins.inner),
      outer: mm(page.margins.outer),
    },
  };
}

/** A rectangle in PDF coordinates: lower-left corner, width and height. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The trimmed page extended by the bleed: where a full-bleed background goes. */
export function bleedRect(g: PageGeometry): Rect {
  return { x: g.trimX - g.bleed, y: g.trimY - g.bleed, width: g.trimWidth + 2 * g.bleed, height: g.trimHeight + 2 * g.bleed };
}

export function trimRect(g: PageGeometry): Rect {
  return { x: g.trimX, y: g.trimY, width: g.trimWidth, height: g.trimHeight };
}

/** Page numbers from 1; the cover is page 1, a right-hand page, so odd pages are right pages. */
export function isRightPage(pageNumber: number): boolean {
  return pageNumber % 2 === 1;
}

/** The text area: the inner margin is on the left of a right page and on the right of a left page. */
export function textArea(g: PageGeometry, pageNumber: number): Rect {
  const { top, bottom, inner, outer } = g.margins;
  const left = isRightPage(pageNumber) ? inner : outer;
  return {
    x: g.trimX + left,
    y: g.trimY + bottom,
    width: g.trimWidth - inner - outer,
    height: g.trimHeight - top - bottom,
  };
}

export function top(rect: Rect): number {
  return rect.y + rect.height;
}
