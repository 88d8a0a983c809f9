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
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { FontFace } from '../fonts/font-face.js';
import type { PdfFonts } from '../fonts/pdf-fonts.js';
import type { LineLayout } from './layout-types.js';
import { colorKey } from './style.js';
import { pdfNumber, tjText } from './tj.js';

/** The faces a set of lines uses: embed these before drawing. */
export function facesOf(lines: readonly LineLayout[]): Set<FontFace> {
  const faces = new Set<FontFace>();
  for (const line of lines) for (const run of line.runs) faces.add(run.style.face);
  return faces;
}

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
        operators.push(setFontAndSize(fontKey(page, embedded.pdfFont), style.size));
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

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** One resource name per font and page (pdf-lib adds a new entry on every call). */
function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let keys = fontKeys.get(page);
  if (keys === undefined) {
    keys = new Map();
    fontKeys.set(page, keys);
  }
  let key = keys.get(font);
  if (key === undefined) {
    key = page.node.newFontDictionary(font.name, font.ref);
    keys.set(font, key);
  }
  return key;
}
