// Writes set lines into a page's content stream with our own text operators:
// pdf-lib's drawText would drop the kerning (pdf-lib #826).
import { popGraphicsState, PDFOperator, PDFOperatorNames, type PDFDict, type PDFPage } from 'pdf-lib';
import type { EmbeddedFace, PdfFonts } from '../fonts/pdf-fonts.js';
import type { LineLayout } from './layout-types.js';
import { pdfNumber } from './tj.js';
import { writeLines, type WrittenLine } from './written-line.js';

/**
 * Draws `lines` stacked downwards from `top` (PDF y of the first line box's top
 * edge), each at `x` plus its own left offset. Returns the y below the last line.
 */
export function drawLines(page: PDFPage, lines: readonly LineLayout[], x: number, top: number, fonts: PdfFonts): number {
  const written = writeLines(lines, fonts);
  drawWritten(page, written, x, top);
  const last = written[written.length - 1];
  return last === undefined ? top : top - last.top - last.height;
}

/**
 * Draws consecutive lines of those written together (`writeLines`), the first
 * one's box top at `top` (PDF y): their text's y is measured from the top of
 * the first line written, wherever this block begins among them, so the block
 * is placed with a `cm`. pdf-lib writes an operator as its operands, a space
 * and its name, so the lines' text is written as the operands of the block's
 * closing ET, each line's text one operand: joined here, the block's text
 * would be a second copy of its lines', held until the page is compressed.
 */
export function drawWritten(page: PDFPage, lines: readonly WrittenLine[], x: number, top: number): void {
  const first = lines[0];
  if (first === undefined) return;
  const operands = [`q\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(top + first.top)} cm\nBT`];
  if (first.entry !== '') operands.push(first.entry);
  for (const line of lines) {
    if (line.text !== '') operands.push(line.text);
    for (const embedded of line.faces) useFont(page, embedded);
  }
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndText, operands), popGraphicsState());
}

/** A page's font resources and the faces named there so far. */
interface PageFonts {
  readonly dict: PDFDict;
  readonly named: Set<EmbeddedFace>;
}

const fontsOnPage = new WeakMap<PDFPage, PageFonts>();

/**
 * Names the font in the page's resources, once per page. The page's font
 * dictionary is looked up once: pdf-lib's setFontDictionary looks up all of
 * its resources at every call.
 */
function useFont(page: PDFPage, embedded: EmbeddedFace): void {
  let fonts = fontsOnPage.get(page);
  if (fonts === undefined) {
    fonts = { dict: page.node.normalizedEntries().Font, named: new Set() };
    fontsOnPage.set(page, fonts);
  }
  if (fonts.named.has(embedded)) return;
  fonts.dict.set(embedded.resourceName, embedded.ref);
  fonts.named.add(embedded);
}
