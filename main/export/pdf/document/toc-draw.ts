/**
 * Draws a page of the contents into its text area, and asks for a link over
 * each entry to its heading. Leader dots are drawn as dots, not as text, so
 * text extraction reads "3 Titel 12" — and they sit on one grid from the text
 * area's edge, so the dots of all entries line up. A leader is one dashed line
 * with round caps and zero-length dashes: a row of dots in a few operators.
 */
import { LineCapStyle, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from '../fonts/index.js';
import { top, type Rect } from './geometry.js';
import type { LinkRequest } from './links.js';
import type { TocItem, TocLine, TocPage } from './toc-layout.js';
import { draw } from './typeset.js';
import type { Inks } from '../colour/index.js';

const DOT_SPACING = 0.5;
const DOT_RADIUS = 0.055;

export function drawTocPage(page: PDFPage, toc: TocPage, area: Rect, fonts: PdfFonts): LinkRequest[] {
  const at = (line: TocLine): number => draw(page, line.set, area.x + line.x, top(area) - line.y, fonts);
  if (toc.heading !== null) at(toc.heading);
  const links: LinkRequest[] = [];
  for (const item of toc.items) {
    if (item.number !== null) at(item.number);
    at(item.title);
    at(item.page);
    drawLeader(page, item, area, fonts.inks);
    links.push({ page, rect: { x: area.x, y: top(area) - item.title.y - item.height, width: area.width, height: item.height }, target: `#${item.anchor}` });
  }
  return links;
}

function drawLeader(page: PDFPage, item: TocItem, area: Rect, inks: Inks): void {
  const leader = item.leader;
  if (leader === null) return;
  const spacing = leader.size * DOT_SPACING;
  const color = inks.hex(leader.color);
  const radius = leader.size * DOT_RADIUS;
  const y = top(area) - leader.baseline + radius;
  const first = Math.ceil(leader.from / spacing) * spacing;
  const last = Math.floor(leader.to / spacing) * spacing;
  if (last < first) return;
  page.drawLine({
    start: { x: area.x + first, y },
    end: { x: area.x + last, y },
    thickness: 2 * radius,
    color,
    dashArray: [0, spacing],
    lineCap: LineCapStyle.Round,
  });
}
