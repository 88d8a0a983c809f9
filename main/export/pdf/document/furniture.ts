/**
 * Running heads and folios. The running head stands above the text area at the
 * outer edge (the publication's title on left pages and the chapter's on right
 * pages, or the chapter's on both), with an optional rule below it; the folio
 * stands below the text area at the outer edge or centred. Both are pagination
 * artifacts: a screen reader does not read them on every page.
 */
import type { PDFPage } from 'pdf-lib';
import type { Template, TextStyle } from '../../template/index.js';
import type { PdfFonts } from '../fonts/index.js';
import { isRightPage, mm, textArea, top, type PageGeometry } from './geometry.js';
import { setPlain, widthOf, type Families, type SetText } from './typeset.js';
import { drawWritten, writeLines, type WrittenLine } from '../text/index.js';
import type { Tags } from '../tagged/index.js';

export interface PageFurniture {
  readonly runningHead: string | null;
  readonly folio: boolean;
}

const RULE_WIDTH = 0.4;
const ELLIPSIS = '…';
/** Wide enough for any running head: the line is measured, then shortened if need be. */
const UNBOUNDED = 100_000;

export function runningHeadText(template: Template, pageNumber: number, publicationTitle: string, chapterTitle: string): string {
  return template.runningHead.content === 'titleAndChapter' && !isRightPage(pageNumber) ? publicationTitle : chapterTitle;
}

/**
 * Draws one export's running heads and folios. A book repeats a few heads on
 * every page and each folio once: each distinct text is set and written once
 * (setting and writing them on every page was a tenth of painting a book).
 */
export class Furniture {
  private readonly heads = new Map<string, OneLine | null>();
  private readonly folios = new Map<string, OneLine | null>();
  private readonly headStyle: TextStyle;
  private readonly folioStyle: TextStyle;

  constructor(
    private readonly template: Template,
    private readonly g: PageGeometry,
    private readonly families: Families,
    private readonly fonts: PdfFonts,
    private readonly tags: Tags,
  ) {
    this.headStyle = { ...template.runningHead.text, align: 'left' };
    this.folioStyle = { ...template.folio.text, align: 'left' };
  }

  draw(page: PDFPage, pageNumber: number, furniture: PageFurniture): void {
    const { template, tags } = this;
    const area = textArea(this.g, pageNumber);
    const right = isRightPage(pageNumber);
    const { runningHead, folio } = template;
    if (furniture.runningHead !== null && furniture.runningHead.trim() !== '') {
      const head = this.line(this.heads, furniture.runningHead, this.headStyle, area.width);
      const baseline = top(area) + mm(runningHead.offset);
      tags.beginArtifact(page, 'Pagination', 'Header');
      if (head !== null) drawWritten(page, head.written, right ? area.x + area.width - head.width : area.x, baseline + head.baseline);
      if (runningHead.rule) {
        const ruleY = baseline - runningHead.text.size * 0.45;
        page.drawLine({ start: { x: area.x, y: ruleY }, end: { x: area.x + area.width, y: ruleY }, thickness: RULE_WIDTH, color: this.fonts.inks.hex(template.colors.rule) });
      }
      tags.end(page);
    }
    if (furniture.folio) {
      const number = this.line(this.folios, String(pageNumber), this.folioStyle, area.width);
      if (number === null) return;
      const x = folio.align === 'center' ? area.x + (area.width - number.width) / 2 : right ? area.x + area.width - number.width : area.x;
      tags.beginArtifact(page, 'Pagination', 'Footer');
      drawWritten(page, number.written, x, area.y - mm(folio.offset) + number.baseline);
      tags.end(page);
    }
  }

  private line(cache: Map<string, OneLine | null>, text: string, style: TextStyle, width: number): OneLine | null {
    const key = `${width}|${text}`;
    let line = cache.get(key);
    if (line === undefined) {
      const set = oneLine(text, style, this.families, width);
      const first = set.lines[0];
      line = first === undefined ? null : { written: writeLines([first], this.fonts), width: widthOf(set), baseline: first.baseline };
      cache.set(key, line);
    }
    return line;
  }
}

/** A line of furniture as written, its width, and its baseline below its top. */
interface OneLine {
  readonly written: readonly WrittenLine[];
  readonly width: number;
  readonly baseline: number;
}

/** The text on one line, shortened at a word with an ellipsis when it is wider than `width`. */
function oneLine(text: string, style: TextStyle, families: Families, width: number): SetText {
  const whole = setPlain(text, style, families, UNBOUNDED);
  if (widthOf(whole) <= width) return whole;
  const words = text.split(/\s+/u);
  for (let n = words.length - 1; n > 0; n--) {
    const set = setPlain(`${words.slice(0, n).join(' ')}${ELLIPSIS}`, style, families, UNBOUNDED);
    if (widthOf(set) <= width) return set;
  }
  return setPlain(ELLIPSIS, style, families, width);
}
