/**
 * What the assembly needs of the engine that sets chapters: the template's
 * fonts, a chapter set into pages, and a painter of those pages. The PDF
 * writer's entry (../index.ts) passes the real flow; tests may pass their own.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { ChapterNode } from '../../tree/types.js';
import type { PdfFonts } from '../fonts/index.js';
import type { AuditFinding, FlowPage } from '../flow/types.js';
import type { Hyphenator } from '../hyphenate/index.js';
import type { Families } from './typeset.js';
import type { StructNode, Tags } from '../tagged/index.js';

export interface ChapterFlow {
  readonly pages: readonly FlowPage[];
  readonly audit: readonly AuditFinding[];
  /** The chapter's logical structure, whose elements the pages' items are tagged with. */
  readonly structure: StructNode;
}

/** PDF coordinates of the text area's top-left corner. */
export interface AreaOrigin {
  readonly x: number;
  readonly y: number;
}

export type PaintPage = (page: PDFPage, flow: FlowPage, origin: AreaOrigin) => Promise<void>;

export interface Typesetting {
  readonly fonts: Families;
  /** How the chapters divide words; the colophon's text divides them alike. */
  readonly hyphenator: Hyphenator;
  /** A chapter set into pages, its text written in the document's `fonts` (the pages keep no set lines). */
  flowChapter(chapter: ChapterNode, fonts: PdfFonts): ChapterFlow;
  /** A painter for one document, drawing text with the document's `fonts`, tagging what it paints with `tags`. */
  painter(doc: PDFDocument, fonts: PdfFonts, tags: Tags): PaintPage;
}
