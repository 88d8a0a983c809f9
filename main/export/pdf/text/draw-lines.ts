// Writes set lines into a page's content stream with our own text operators:
// pdf-lib's drawText would drop the kerning (pdf-lib #826).
import {
  popGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextRise,
  PDFOperator,
  PDFOperatorNames,
  type Color,
  type PDFPage,
} from 'pdf-lib';
import type { EmbeddedFace, PdfFonts } from '../fonts/pdf-fonts.js';
import type { LineLayout } from './layout-types.js';
import { colorKey } from './style.js';
import { pdfNumber, tjText } from './tj.js';

/**
 * Draws `lines` stacked downwards from `top` (PDF y of the first line box's top
 * edge), each at `x` plus its own left offset. Returns the y below the last line.
 *
 * The block's operators are written as one ready text: an operator object per
 * operand and per run cost more than setting the text, and a publication has
 * hundreds of thousands of runs. pdf-lib writes an operator as its operands,
 * a space and its name, so the block is the one operand of its closing ET.
 */
export function drawLines(page: PDFPage, lines: readonly LineLayout[], x: number, top: number, fonts: PdfFonts): number {
  let text = 'q\nBT';
  let font = '';
  let color = '';
  let rise = 0;
  let y = top;
  for (const line of lines) {
    const baseline = pdfNumber(y - line.baseline);
    for (const run of line.runs) {
      const { style } = run;
      const embedded = fonts.get(style.face);
      const fontState = `${style.face.id}/${style.size}`;
      if (fontState !== font) {
        useFont(page, embedded);
        text += `\n${setFontAndSize(embedded.resourceName, style.size)}`;
        font = fontState;
      }
      const runColor = colorKey(style.color);
      if (runColor !== color) {
        text += `\n${fillOperator(runColor, style.color)}`;
        color = runColor;
      }
      if (style.rise !== rise) {
        text += `\n${setTextRise(style.rise)}`;
        rise = style.rise;
      }
      text += `\n1 0 0 1 ${pdfNumber(x + line.left + run.x)} ${baseline} Tm\n${tjText(run, embedded)} TJ`;
    }
    y -= line.height;
  }
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndText, [text]), popGraphicsState());
  return y;
}

const fillOperators = new Map<string, string>();

/** The operator that sets a fill colour, as text: a publication has a handful of colours. */
function fillOperator(key: string, color: Color): string {
  let operator = fillOperators.get(key);
  if (operator === undefined) {
    operator = setFillingColor(color).toString();
    fillOperators.set(key, operator);
  }
  return operator;
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
