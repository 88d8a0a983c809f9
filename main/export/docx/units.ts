/**
 * Conversions from the template's units (millimetres, points, #rrggbb) to
 * WordprocessingML's (twentieths of a point, half-points, bare hex) and to the
 * pixels (96 to the inch) that docx takes for image sizes.
 */

/** Twentieths of a point, rounded: Word stores whole twips. */
export function twip(points: number): number {
  return Math.round(points * 20);
}

export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Font sizes are whole half-points in WordprocessingML. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Border widths are eighths of a point, 2 to 96. */
export function eighthPoints(points: number): number {
  return Math.min(96, Math.max(2, Math.round(points * 8)));
}

export function mmToPx(mm: number): number {
  return (mm / 25.4) * 96;
}

export function ptToMm(points: number): number {
  return (points * 25.4) / 72;
}

/** `#1f6f78` → `1F6F78`. */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}
