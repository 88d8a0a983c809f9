/**
 * What the PDF writer tells the editor besides the file: the pages each
 * chapter got, the fonts in the file, images too coarse for print, text no
 * font could draw, the flow's layout audit, and — for the print edition — an
 * honest list of what still stands between the file and PDF/X.
 */
import type { AuditFinding } from '../flow/types.js';
import type { TreeProblem } from '../../tree/types.js';
import type { ReportedFont } from './fonts-report.js';
import type { Edition } from './geometry.js';
import type { MissingGlyphs } from './glyph-coverage.js';

export interface PdfReport {
  readonly edition: Edition;
  readonly pageCount: number;
  /** Where each chapter starts (1-based page numbers, as the folios print them). */
  readonly chapters: readonly ChapterPages[];
  /** The contents' pages. */
  readonly tocPages: readonly number[];
  readonly colophonPage: number;
  readonly fonts: readonly ReportedFont[];
  /** Print edition: images below PRINT_DPI at their placed size. */
  readonly lowResolutionImages: readonly LowResolutionImage[];
  readonly missingGlyphs: readonly MissingGlyphs[];
  /** The flow's layout audit: widows, orphans, overfull lines, … — empty for a clean layout. */
  readonly audit: readonly AuditFinding[];
  /** `#anchor` links whose target is not in the publication; they are left unlinked. */
  readonly unresolvedLinks: readonly string[];
  /** The colophon did not fit its page and runs past the text area. */
  readonly colophonOverflows: boolean;
  /** Print edition: the PDF/X version the file declares and (by our reading of ISO 15930-7) meets; null for the screen edition. */
  readonly pdfx: string | null;
  /** Print edition: what the file leaves to the printer (see NotPdfXReason); the notes say it in the editor's language. */
  readonly notPdfX: readonly NotPdfXReason[];
  /** What the document tree could not resolve, passed on. */
  readonly problems: readonly TreeProblem[];
}

export interface ChapterPages {
  readonly chapterId: string;
  readonly title: string;
  readonly firstPage: number;
  readonly pageCount: number;
}

export interface LowResolutionImage {
  readonly chapterId: string;
  readonly chapterTitle: string;
  /** The figure's number, when the image is a numbered figure. */
  readonly figure: number | null;
  readonly page: number;
  readonly dpi: number;
}

/** What printers ask of photographs (line art: 600). */
export const PRINT_DPI = 300;

/**
 * What the print edition (a PDF/X-4 file) leaves to the printer, or what a
 * printer who asks more than PDF/X-4 would miss:
 * - `rgb`: colours and images are sRGB (declared with its profile, as X-4
 *   allows), not CMYK: the printer converts them, to the embedded output
 *   profile; PDF/X-1a asks for CMYK only. Said always: a photograph is RGB.
 * - `transparency`: images with an alpha channel, or translucent areas in a
 *   chart: X-4 allows them, X-1a does not.
 * - `richBlack`: the template gives the body text's colour no ink of black
 *   alone, so converted it becomes black of four inks.
 */
export type NotPdfXReason = 'rgb' | 'transparency' | 'richBlack';

export interface PressFacts {
  readonly transparency: boolean;
  readonly bodyInBlackOnly: boolean;
}

/** Stated plainly so an editor does not send the printer a file it will refuse. */
export function notPdfX({ transparency, bodyInBlackOnly }: PressFacts): NotPdfXReason[] {
  return ['rgb', ...(transparency ? (['transparency'] as const) : []), ...(bodyInBlackOnly ? [] : (['richBlack'] as const))];
}
