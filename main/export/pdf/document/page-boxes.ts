/**
 * A new page with its boxes, and the print edition's crop marks. Printers
 * impose on the TrimBox and take backgrounds up to the BleedBox; the marks sit
 * outside the bleed so no trimming error can show them.
 */
import { cmyk, type PDFDocument, type PDFPage } from 'pdf-lib';
import { bleedRect, MARK_GAP, MARK_LENGTH, type PageGeometry } from './geometry.js';

/** Registration colour: marks print on every separation. */
const REGISTRATION = cmyk(1, 1, 1, 1);
const MARK_WIDTH = 0.25;

export function addPage(doc: PDFDocument, g: PageGeometry): PDFPage {
  const page = doc.addPage([g.mediaWidth, g.mediaHeight]);
  if (g.edition === 'print') {
    page.setTrimBox(g.trimX, g.trimY, g.trimWidth, g.trimHeight);
    const bleed = bleedRect(g);
    page.setBleedBox(bleed.x, bleed.y, bleed.width, bleed.height);
    drawCropMarks(page, g);
  }
  return page;
}

/** Two short lines at each corner, continuing the trim edges outwards beyond the bleed. */
function drawCropMarks(page: PDFPage, g: PageGeometry): void {
  const start = g.bleed + MARK_GAP;
  const end = start + MARK_LENGTH;
  const xs = [g.trimX, g.trimX + g.trimWidth];
  const ys = [g.trimY, g.trimY + g.trimHeight];
  for (const x of xs) {
    for (const y of ys) {
      const outX = x === g.trimX ? -1 : 1;
      const outY = y === g.trimY ? -1 : 1;
      const line = (from: [number, number], to: [number, number]): void =>
        page.drawLine({ start: { x: from[0], y: from[1] }, end: { x: to[0], y: to[1] }, thickness: MARK_WIDTH, color: REGISTRATION });
      line([x + outX * start, y], [x + outX * end, y]);
      line([x, y + outY * start], [x, y + outY * end]);
    }
  }
}
