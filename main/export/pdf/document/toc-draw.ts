/**
 * Draws a page of the contents into its text area, and asks for a link over
 * each entry to its heading. Leader dots are drawn as dots, not as text, so
 * text extraction reads "3 Titel 12" — and they sit on one grid from the text
 * area's edge, so the dots of all entries line up. A leader is one dashed line
 * with round caps and zero-length dashes: a row of dots in a few operators.
 * Tagged as the heading and a TOC of entries (number, title and page), each
 * with its link; the leaders are artifacts.
 */
import { LineCapStyle, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from '../fonts/index.js';
import { top, type Rect } from './geometry.js';
import type { LinkRequest } from './links.js';
import type { TocItem, TocLine, TocPage } from './toc-layout.js';
import { draw } from './typeset.js';
import type { Inks } from '../colour/index.js';
import type { StructNode, Tags } from '../tagged/index.js';

const DOT_SPACING = 0.5;
const DOT_RADIUS = 0.055;

/** `section`: the contents' element, the same on each of their pages. */
export function drawTocPage(page: PDFPage, toc: TocPage, area: Rect, fonts: PdfFonts, tags: Tags, section: StructNode): LinkRequest[] {
  const at = (line: TocLine): number => draw(page, line.set, area.x + line.x, top(area) - line.y, fonts);
  if (toc.heading !== null) {
    tags.begin(page, section.add('H1'));
    at(toc.heading);
    tags.end(page);
  }
  const list = section.children.find((child) => child.type === 'TOC') ?? section.add('TOC');
  const links: LinkRequest[] = [];
  for (const item of toc.items) {
    const entry = list.add('TOCI');
    tags.begin(page, entry);
    if (item.number !== null) at(item.number);
    at(item.title);
    at(item.page);
    tags.end(page);
    tags.beginArtifact(page, 'Layout');
    drawLeader(page, item, area, fonts.inks);
    tags.end(page);
    const rect = { x: area.x, y: top(area) - item.title.y - item.height, width: area.width, height: item.height };
    links.push({ page, rect, target: `#${item.anchor}`, text: item.text, tag: entry });
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
