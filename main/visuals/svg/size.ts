/**
 * An SVG's size in user units (CSS pixels), as a browser would lay it out:
 * the root's width and height (absolute units converted at 96 per inch),
 * the missing one from the viewBox's aspect ratio, else the viewBox itself,
 * else the 300 × 150 a browser gives a drawing that states no size at all.
 */
export interface Size {
  width: number;
  height: number;
}

const pxPer: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 };
const defaultSize: Size = { width: 300, height: 150 };
/** As for PNG and JPEG: a drawing that claims more is not taken at its word. */
const MAX_UNITS = 100_000;

/** A length in user units; null for percentages, em and anything unreadable. */
function length(value: string | null): number | null {
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value ?? '');
  if (!match) return null;
  const units = Number(match[1]) * pxPer[(match[2] ?? '').toLowerCase()]!;
  return units > 0 && units <= MAX_UNITS ? units : null;
}

function viewBox(value: string | null): Size | null {
  const parts = (value ?? '').trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [, , width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 && width <= MAX_UNITS && height <= MAX_UNITS ? { width, height } : null;
}

export function userUnits(attribute: (name: string) => string | null): Size {
  const width = length(attribute('width'));
  const height = length(attribute('height'));
  const box = viewBox(attribute('viewBox'));
  let size: Size;
  if (width !== null && height !== null) size = { width, height };
  else if (width !== null && box) size = { width, height: (width * box.height) / box.width };
  else if (height !== null && box) size = { width: (height * box.width) / box.height, height };
  else size = box ?? defaultSize;
  return { width: whole(size.width), height: whole(size.height) };
}

/** Visuals record whole, positive sizes. */
function whole(n: number): number {
  return Math.min(MAX_UNITS, Math.max(1, Math.round(n)));
}
