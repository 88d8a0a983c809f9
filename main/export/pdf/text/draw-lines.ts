// Writes set lines into a page's content stream with our own text operators:
// pdf-lib's drawText would drop the kerning (pdf-lib #826).
import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextRise,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
} from 'pdf-lib';
import type { EmbeddedFace, PdfFonts } from '../fonts/pdf-fonts.js';
import type { LineLayout } from './layout-types.js';
import { colorKey } from './style.js';
import { pdfNumber, tjText } from './tj.js';

/**
 * Draws `lines` stacked downwards from `top` (PDF y of the first line box's top
 * edge), each at `x` plus its own left offset. Returns the y below the last line.
 */
export function drawLines(page: PDFPage, lines: readonly LineLayout[], x: number, top: number, fonts: PdfFonts): number {
  const operators: PDFOperator[] = [pushGraphicsState(), beginText()];
  let font = '';
  let color = '';
  let rise = 0;
  let y = top;
  for (const line of lines) {
    const baseline = y - line.baseline;
    for (const run of line.runs) {
      const { style } = run;
      const embedded = fonts.get(style.face);
      const fontState = `${style.face.id}/${style.size}`;
      if (fontState !== font) {
        useFont(page, embedded);
        operators.push(setFontAndSize(embedded.resourceName, style.size));
        font = fontState;
      }
      const runColor = colorKey(style.color);
      if (runColor !== color) {
        operators.push(setFillingColor(style.color));
        color = runColor;
      }
      if (style.rise !== rise) {
        operators.push(setTextRise(style.rise));
        rise = style.rise;
      }
      // Operands as ready text: pdf-lib's PDFNumber and PDFHexString objects per
      // operand cost more than setting the text, and a publication has hundreds of thousands.
      operators.push(PDFOperator.of(PDFOperatorNames.SetTextMatrix, ['1 0 0 1', pdfNumber(x + line.left + run.x), pdfNumber(baseline)]));
      operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [tjText(run, embedded)]));
    }
    y -= line.height;
  }
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
  return y;
}

const fontsOnPage = new WeakMap<PDFPage, Set<EmbeddedFace>>();

/** Names the font in the page's resources, once per page. */
function useFont(page: PDFPage, embedded: EmbeddedFace): void {
  let fonts = fontsOnPage.get(page);
  if (fonts === undefined) {
    fonts = new Set();
    fontsOnPage.set(page, fonts);
  }
  if (fonts.has(embedded)) return;
  page.node.setFontDictionary(embedded.resourceName, embedded.ref);
  fonts.add(embedded);
}
