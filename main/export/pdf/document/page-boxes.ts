/**
 * A new page with its boxes, and the print edition's crop marks. Printers
 * impose on the TrimBox and take backgrounds up to the BleedBox; the marks sit
 * outside the bleed so no trimming error can show them.
 */
import {
  lineTo,
  moveTo,
  PDFPage,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingCmykColor,
  stroke,
  type PDFDocument,
  type PDFOperator,
  type PDFRef,
} from 'pdf-lib';
import type { PdfX4 } from '../pdfx/index.js';
import { bleedRect, MARK_GAP, MARK_LENGTH, type PageGeometry } from './geometry.js';

const MARK_WIDTH = 0.25;

/** Adds the edition's pages, sharing one content stream for the crop marks, which are the same on every page. */
export class PageMaker {
  private marks: PDFRef | undefined;

  constructor(
    private readonly doc: PDFDocument,
    private readonly g: PageGeometry,
    /** The print edition's PDF/X-4 conformance, null for the screen edition. */
    private readonly pdfx: PdfX4 | null,
  ) {}

  addPage(): PDFPage {
    const { doc, g } = this;
    // Made at its size, then added: given a size, pdf-lib makes a Letter page
    // and resizes it, reading back each of its boxes, a tenth of a millisecond a page.
    const page = PDFPage.create(doc);
    page.setMediaBox(0, 0, g.mediaWidth, g.mediaHeight);
    doc.addPage(page);
    if (g.edition === 'print') {
      page.setTrimBox(g.trimX, g.trimY, g.trimWidth, g.trimHeight);
      const bleed = bleedRect(g);
      page.setBleedBox(bleed.x, bleed.y, bleed.width, bleed.height);
      this.marks ??= doc.context.register(doc.context.contentStream(cropMarks(g)));
      page.node.addContentStream(this.marks);
    }
    this.pdfx?.page(page);
    return page;
  }
}

/** Two short lines at each corner, continuing the trim edges outwards beyond the bleed, in registration colour (on every separation). */
function cropMarks(g: PageGeometry): PDFOperator[] {
  const start = g.bleed + MARK_GAP;
  const end = start + MARK_LENGTH;
  const operators: PDFOperator[] = [pushGraphicsState(), setStrokingCmykColor(1, 1, 1, 1), setLineWidth(MARK_WIDTH)];
  for (const x of [g.trimX, g.trimX + g.trimWidth]) {
    for (const y of [g.trimY, g.trimY + g.trimHeight]) {
      const outX = x === g.trimX ? -1 : 1;
      const outY = y === g.trimY ? -1 : 1;
      operators.push(moveTo(x + outX * start, y), lineTo(x + outX * end, y), moveTo(x, y + outY * start), lineTo(x, y + outY * end));
    }
  }
  operators.push(stroke(), popGraphicsState());
  return operators;
}
