/**
 * How large an image prints. A figure is set at the width of the template's
 * text column (smaller only when that would make it taller than the template
 * allows), so a photo is sharp in print when it has 300 pixels for every inch
 * of that width. Shared by the visuals form and `bundel import`.
 */
import { z } from 'zod';

export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;

/** The room a figure gets in the publication's template, in millimetres. */
export const PrintColumn = z.strictObject({
  /** The template's name, as the user knows it. */
  template: z.string(),
  width: z.number().positive(),
  /** The largest height of a figure's image. */
  maxHeight: z.number().positive(),
});
export type PrintColumn = z.infer<typeof PrintColumn>;

interface Pixels {
  width: number;
  height: number;
}

/** Size in millimetres when printed at `dpi` pixels per inch. */
export function sizeAtDpi(image: Pixels, dpi = PRINT_DPI): { width: number; height: number } {
  return { width: (image.width / dpi) * MM_PER_INCH, height: (image.height / dpi) * MM_PER_INCH };
}

export interface PrintFit {
  /** Width in millimetres at which the figure prints. */
  placedWidth: number;
  /** Pixels per inch at that width. */
  dpi: number;
  /** Pixels across the image needs for PRINT_DPI at that width. */
  pixelsNeeded: number;
  sharp: boolean;
}

export function printFit(image: Pixels, column: PrintColumn): PrintFit {
  const placedWidth = Math.min(column.width, (column.maxHeight * image.width) / image.height);
  const dpi = image.width / (placedWidth / MM_PER_INCH);
  const pixelsNeeded = Math.ceil((placedWidth / MM_PER_INCH) * PRINT_DPI);
  return { placedWidth, dpi, pixelsNeeded, sharp: image.width >= pixelsNeeded };
}

/** Millimetres as centimetres with one decimal, the locale's way: "13,5". */
export function centimetres(mm: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mm / 10);
}
