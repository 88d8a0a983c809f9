// A paragraph's set lines written as content-stream text as soon as they are
// set, keeping of each only what pagination, links and the layout audit read.
// The runs, their parts and the shaped slices then die with their paragraph:
// kept until their chapter's pages were known, they outlived the young
// generation, and the collector copied them into new pages of the old one, a
// cold export's dearest use of memory (tests/bench/RESULTS.md, session 22).
import { setFontAndSize, setTextRise } from 'pdf-lib';
import type { EmbeddedFace, PdfFonts } from '../fonts/pdf-fonts.js';
import { lineText, runText, type LineLayout } from './layout-types.js';
import type { RunStyle } from './style.js';
import { colorKey } from './style.js';
import { lineEndSpace, pdfNumber, tjText } from './tj.js';

export interface WrittenLine {
  /** Height of the line box. */
  readonly height: number;
  /** From the top of the line box to the baseline. */
  readonly baseline: number;
  /** Width of the set line, protrusion included. */
  readonly width: number;
  /** Top of the line box below the top of the lines it was written with: its text's y is measured from there. */
  readonly top: number;
  /**
   * Operators that set the text state its first run is drawn in, for a block
   * of text that begins with this line; '' for the first line written, whose
   * text sets its own.
   */
  readonly entry: string;
  /** Its operators (`Tm`, `TJ`, and changes of the text state), '\n' between them; y grows upwards. */
  readonly text: string;
  /** The faces the text is set in, which a page's resources must name. */
  readonly faces: readonly EmbeddedFace[];
  /** How far the line sticks out past its measure, in points (0 or less: it fits). */
  readonly excess: number;
  /** The line as a reader sees it: the layout audit names lines by it. */
  readonly reading: string;
  /** Areas of the runs that carry a link, from the line's left edge. */
  readonly links: readonly LineLink[];
  /** The numbers set raised on the line: its footnote references. */
  readonly raised: readonly number[];
}

export interface LineLink {
  readonly x: number;
  readonly width: number;
  readonly target: string;
  readonly text: string;
}

const NONE: readonly never[] = [];

/**
 * Writes `lines`, stacked downwards, as content-stream text in the document's
 * `fonts`. Each line's text continues the text state the line before it left,
 * so consecutive lines drawn as one block (`drawWritten`) write a change of
 * font or colour only where the text has one.
 */
export function writeLines(lines: readonly LineLayout[], fonts: PdfFonts): WrittenLine[] {
  const written: WrittenLine[] = [];
  // The text state so far; most runs keep it (colours compared as objects
  // first, then by key: equal colours may be different objects).
  let embedded: EmbeddedFace | null = null;
  let size = 0;
  let colorObject: RunStyle['color'] | null = null;
  let color = '';
  let rise = 0;
  let y = 0;
  let faces: EmbeddedFace[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.runs[0];
    const entry = i === 0 || first === undefined ? '' : entryOf(first.style, fonts);
    const ops: string[] = [];
    const lineFaces: EmbeddedFace[] = [];
    const baseline = pdfNumber(y - line.baseline);
    let links: LineLink[] | null = null;
    let raised: number[] | null = null;
    for (const run of line.runs) {
      const { style } = run;
      if (embedded === null || style.face !== embedded.face || style.size !== size) {
        embedded = fonts.get(style.face);
        size = style.size;
        ops.push(fontOperator(embedded, size));
      }
      if (!lineFaces.includes(embedded)) lineFaces.push(embedded);
      if (style.color !== colorObject) {
        colorObject = style.color;
        const runColor = colorKey(style.color);
        if (runColor !== color) {
          ops.push(fonts.inks.fillText(style.color));
          color = runColor;
        }
      }
      if (style.rise !== rise) {
        ops.push(setTextRise(style.rise).toString());
        rise = style.rise;
      }
      // An expanded line's glyphs are scaled by the text matrix, as Tz would, without a state to undo.
      ops.push(`${run.scale === 1 ? '1' : pdfNumber(run.scale)} 0 0 1 ${pdfNumber(line.left + run.x)} ${baseline} Tm`, `${tjText(run, embedded, fonts.softHyphens)} TJ`);
      if (style.rise > 0) {
        for (const part of run.parts) if (part.kind === 'text') (raised ??= []).push(Number(part.shaped.text));
      }
      if (style.link !== undefined) (links ??= []).push({ x: line.left + run.x, width: run.width, target: style.link, text: runText(run) });
    }
    const last = line.runs[line.runs.length - 1];
    if (last !== undefined && embedded !== null && !line.endsInWord && last.parts[last.parts.length - 1]?.kind !== 'space') {
      ops.push(lineEndSpace(last, embedded));
    }
    // Most lines of a paragraph are set in the faces of the line before.
    if (!sameFaces(lineFaces, faces)) faces = lineFaces;
    written.push({
      height: line.height,
      baseline: line.baseline,
      width: line.width,
      top: -y,
      entry,
      text: ops.join('\n'),
      faces,
      excess: line.width - line.protrusion.left - line.protrusion.right - line.measure,
      reading: lineText(line),
      links: links ?? NONE,
      raised: raised ?? NONE,
    });
    y -= line.height;
  }
  return written;
}

const entries = new WeakMap<RunStyle, { readonly fonts: PdfFonts; readonly entry: string }>();

/** The font and size, colour and rise of `style`, written as a text with no state before it writes them. */
function entryOf(style: RunStyle, fonts: PdfFonts): string {
  const known = entries.get(style);
  if (known?.fonts === fonts) return known.entry;
  const ops = [fontOperator(fonts.get(style.face), style.size), fonts.inks.fillText(style.color)];
  if (style.rise !== 0) ops.push(setTextRise(style.rise).toString());
  const entry = ops.join('\n');
  entries.set(style, { fonts, entry });
  return entry;
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

function sameFaces(a: readonly EmbeddedFace[], b: readonly EmbeddedFace[]): boolean {
  return a.length === b.length && a.every((face, i) => face === b[i]);
}
