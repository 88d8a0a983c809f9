// The document every poster is painted into, with its fonts, and one
// PageMaker per page shape: the crop marks, the same on every page of a
// shape, are then one content stream per shape instead of one per poster.
// A finished poster's content is compressed at once, as the book's pages are.
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { PdfFonts } from '../pdf/fonts/index.js';
import { deflatePage } from '../pdf/document/deflate-streams.js';
import type { PageGeometry } from '../pdf/document/geometry.js';
import { PageMaker } from '../pdf/document/page-boxes.js';

export class PosterCanvas {
  private readonly makers = new Map<string, PageMaker>();

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
  ) {}

  static async create(): Promise<PosterCanvas> {
    const doc = await PDFDocument.create();
    return new PosterCanvas(doc, new PdfFonts(doc));
  }

  /** A new page with the boxes and crop marks of `g`, at index `at` (default the end). */
  addPage(g: PageGeometry, at = this.doc.getPageCount()): PDFPage {
    const shape = [g.edition, g.mediaWidth, g.mediaHeight, g.trimX, g.trimY, g.trimWidth, g.trimHeight, g.bleed].join(' ');
    let maker = this.makers.get(shape);
    if (maker === undefined) {
      maker = new PageMaker(this.doc, g, null);
      this.makers.set(shape, maker);
    }
    const page = maker.addPage();
    const last = this.doc.getPageCount() - 1;
    if (at < last) {
      // PageMaker adds at the end; the page moves to its place.
      this.doc.removePage(last);
      this.doc.insertPage(at, page);
    }
    return page;
  }

  /** The page is painted: its content is compressed in the background. */
  finished(page: PDFPage): void {
    deflatePage(this.doc, page);
  }

  /** The fonts written: before the document is saved. */
  async settled(): Promise<void> {
    await this.fonts.write();
  }
}
