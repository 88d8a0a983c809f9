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
import { draw, setPlain, widthOf, type Families, type SetText } from './typeset.js';
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

export function drawFurniture(
  page: PDFPage,
  pageNumber: number,
  furniture: PageFurniture,
  template: Template,
  g: PageGeometry,
  families: Families,
  fonts: PdfFonts,
  tags: Tags,
): void {
  const area = textArea(g, pageNumber);
  const right = isRightPage(pageNumber);
  const { runningHead, folio } = template;
  if (furniture.runningHead !== null && furniture.runningHead.trim() !== '') {
    const style = { ...runningHead.text, align: 'left' as const };
    const set = oneLine(furniture.runningHead, style, families, area.width);
    const baseline = top(area) + mm(runningHead.offset);
    const width = widthOf(set);
    tags.beginArtifact(page, 'Pagination', 'Header');
    drawAtBaseline(page, set, right ? area.x + area.width - width : area.x, baseline, fonts);
    if (runningHead.rule) {
      const ruleY = baseline - runningHead.text.size * 0.45;
      page.drawLine({ start: { x: area.x, y: ruleY }, end: { x: area.x + area.width, y: ruleY }, thickness: RULE_WIDTH, color: fonts.inks.hex(template.colors.rule) });
    }
    tags.end(page);
  }
  if (furniture.folio) {
    const set = oneLine(String(pageNumber), { ...folio.text, align: 'left' }, families, area.width);
    const width = widthOf(set);
    const x = folio.align === 'center' ? area.x + (area.width - width) / 2 : right ? area.x + area.width - width : area.x;
    tags.beginArtifact(page, 'Pagination', 'Footer');
    drawAtBaseline(page, set, x, area.y - mm(folio.offset), fonts);
    tags.end(page);
  }
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

function drawAtBaseline(page: PDFPage, set: SetText, x: number, baseline: number, fonts: PdfFonts): void {
  const first = set.lines[0];
  if (first === undefined) return;
  draw(page, { lines: [first], height: first.height }, x, baseline + first.baseline, fonts);
}
