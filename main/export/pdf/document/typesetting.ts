/**
 * What the assembly needs of the engine that sets chapters: the template's
 * fonts, a chapter set into pages, and a painter of those pages. The PDF
 * writer's entry (../index.ts) passes the real flow; tests may pass their own.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { ChapterNode } from '../../tree/types.js';
import type { PdfFonts } from '../fonts/index.js';
import type { AuditFinding, FlowPage } from '../flow/types.js';
import type { Families } from './typeset.js';

export interface ChapterFlow {
  readonly pages: readonly FlowPage[];
  readonly audit: readonly AuditFinding[];
}

/** PDF coordinates of the text area's top-left corner. */
export interface AreaOrigin {
  readonly x: number;
  readonly y: number;
}

export type PaintPage = (page: PDFPage, flow: FlowPage, origin: AreaOrigin) => Promise<void>;

export interface Typesetting {
  readonly fonts: Families;
  flowChapter(chapter: ChapterNode): ChapterFlow;
  /** A painter for one document, drawing text with the document's `fonts`. */
  painter(doc: PDFDocument, fonts: PdfFonts): PaintPage;
}
