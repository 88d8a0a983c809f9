// Writes set lines into a page's content stream with our own text operators:
// pdf-lib's drawText would drop the kerning (pdf-lib #826).
import {
  popGraphicsState,
  setFontAndSize,
  setTextRise,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
} from 'pdf-lib';
import type { EmbeddedFace, PdfFonts } from '../fonts/pdf-fonts.js';
import type { LineLayout } from './layout-types.js';
import type { RunStyle } from './style.js';
import { colorKey } from './style.js';
import { lineEndSpace, pdfNumber, tjText } from './tj.js';

/** Lines written as content-stream text, from the top-left corner of their block. */
export interface LinesText {
  /** Operators from `BT` to the operands of the closing `ET`; y grows upwards from the block's top. */
  readonly text: string;
  /** The faces the text is set in, which the page's resources must name. */
  readonly faces: readonly EmbeddedFace[];
  /** The sum of the line heights. */
  readonly height: number;
}

/**
 * Writes `lines` stacked downwards from their block's top-left corner. The
 * block's operators are one ready text: an operator object per operand and
 * per run cost more than setting the text, and a publication has hundreds of
 * thousands of runs. Nothing in the text depends on where the block is
 * placed, so it can be written as soon as the lines are set, before the
 * page they go on is known.
 */
export function linesText(lines: readonly LineLayout[], fonts: PdfFonts): LinesText {
  // Joined once at the end: appended piece by piece, the text would be a tree of
  // thousands of strings, held until its page is painted (each piece copied by
  // every young-generation collection in between) and flattened in the end anyway.
  const text = ['BT'];
  const faces: EmbeddedFace[] = [];
  // The text state so far; most runs keep it (compared as objects first: a
  // colour's key is a string made anew).
  let embedded: EmbeddedFace | null = null;
  let size = 0;
  let colorObject: RunStyle['color'] | null = null;
  let color = '';
  let rise = 0;
  let y = 0;
  for (const line of lines) {
    const baseline = pdfNumber(y - line.baseline);
    for (const run of line.runs) {
      const { style } = run;
      if (embedded === null || style.face !== embedded.face || style.size !== size) {
        embedded = fonts.get(style.face);
        size = style.size;
        if (!faces.includes(embedded)) faces.push(embedded);
        text.push(fontOperator(embedded, size));
      }
      if (style.color !== colorObject) {
        colorObject = style.color;
        const runColor = colorKey(style.color);
        if (runColor !== color) {
          text.push(fonts.inks.fillText(style.color));
          color = runColor;
        }
      }
      if (style.rise !== rise) {
        text.push(setTextRise(style.rise).toString());
        rise = style.rise;
      }
      // An expanded line's glyphs are scaled by the text matrix, as Tz would, without a state to undo.
      text.push(`${run.scale === 1 ? '1' : pdfNumber(run.scale)} 0 0 1 ${pdfNumber(line.left + run.x)} ${baseline} Tm`, `${tjText(run, embedded, fonts.softHyphens)} TJ`);
    }
    const last = line.runs[line.runs.length - 1];
    if (last !== undefined && embedded !== null && !line.endsInWord && last.parts[last.parts.length - 1]?.kind !== 'space') {
      text.push(lineEndSpace(last, embedded));
    }
    y -= line.height;
  }
  return { text: text.join('\n'), faces, height: -y };
}

/**
 * Draws `lines` stacked downwards from `top` (PDF y of the first line box's top
 * edge), each at `x` plus its own left offset. Returns the y below the last line.
 */
export function drawLines(page: PDFPage, lines: readonly LineLayout[], x: number, top: number, fonts: PdfFonts): number {
  const set = linesText(lines, fonts);
  drawText(page, set, x, top);
  return top - set.height;
}

/**
 * Places text from `linesText` with its block's top-left corner at (`x`, `top`).
 * pdf-lib writes an operator as its operands, a space and its name, so the
 * text is the one operand of its closing ET.
 */
export function drawText(page: PDFPage, set: Pick<LinesText, 'text' | 'faces'>, x: number, top: number): void {
  for (const embedded of set.faces) useFont(page, embedded);
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndText, [`q\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(top)} cm\n${set.text}`]), popGraphicsState());
}

const fontOperators = new WeakMap<EmbeddedFace, Map<number, string>>();

/**
 * The operator that sets a font and size, as text: a publication uses a few of
 * each, and pdf-lib makes the operator's objects and formats the size anew at
 * every change of font (an italic word).
 */
function fontOperator(embedded: EmbeddedFace, size: number): string {
  let sizes = fontOperators.get(embedded);
  if (sizes === undefined) {
    sizes = new Map();
    fontOperators.set(embedded, sizes);
  }
  let operator = sizes.get(size);
  if (operator === undefined) {
    operator = setFontAndSize(embedded.resourceName, size).toString();
    sizes.set(size, operator);
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
