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
  /** Print edition: requirements of PDF/X-1a and PDF/X-4 the file does not meet yet; the notes say them in the editor's language. */
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
 * A requirement of PDF/X the print edition does not meet yet:
 * - `rgb`: colours are RGB (DeviceRGB), not CMYK; the printer must convert them.
 * - `outputIntent`: no output intent (such as FOGRA39, ISO Coated v2) is embedded.
 * - `pdfxVersion`: the file does not declare a PDF/X version (no GTS_PDFXVersion, no XMP metadata).
 * - `softMasks`: PNG images with an alpha channel use soft masks (transparency), which PDF/X-1a forbids.
 * - `inkLimit`: no total ink limit has been applied.
 */
export type NotPdfXReason = 'rgb' | 'outputIntent' | 'pdfxVersion' | 'softMasks' | 'inkLimit';

/** Stated plainly so an editor does not send the printer a file it will refuse. */
export const NOT_YET_PDFX: readonly NotPdfXReason[] = ['rgb', 'outputIntent', 'pdfxVersion', 'softMasks', 'inkLimit'];
