/**
 * The colophon page: the publication's facts as label–value lines, then the
 * colophon chapter's own text, set at the foot of the text area as a book's
 * colophon is. Too much for one page starts at the top instead and is reported.
 * Tagged as a section of paragraphs, a fact's label and value one paragraph.
 */
import type { PDFPage } from 'pdf-lib';
import type { Template } from '../../template/index.js';
import type { Colophon } from '../../tree/types.js';
import type { PdfFonts } from '../fonts/index.js';
import { flattenBlocks } from './flatten.js';
import { top, type Rect } from './geometry.js';
import type { Hyphenator } from '../hyphenate/index.js';
import { draw, setInline, setPlain, widthOf, type Families, type SetText } from './typeset.js';
import type { Tags } from '../tagged/index.js';

const LABEL_GAP = 8;

interface Row {
  readonly label: SetText | null;
  readonly value: SetText;
  readonly spaceBefore: number;
}

/** Draws the colophon into `area`; returns false when it did not fit. */
export function drawColophon(page: PDFPage, colophon: Colophon, template: Template, area: Rect, families: Families, fonts: PdfFonts, tags: Tags, hyphenator: Hyphenator): boolean {
  const { text, label } = template.colophon;
  const labels = colophon.facts.map((fact) => setPlain(fact.label, label, families, area.width / 2));
  const column = labels.length === 0 ? 0 : Math.max(...labels.map(widthOf)) + LABEL_GAP;
  const rows: Row[] = colophon.facts.map((fact, i) => ({
    label: labels[i]!,
    value: setPlain(fact.value, text, families, area.width - column),
    spaceBefore: 0,
  }));
  flattenBlocks(colophon.blocks).forEach((paragraph, i) => {
    const style = paragraph.heading ? label : text;
    const gap = i === 0 && rows.length > 0 ? text.leading : paragraph.heading ? text.leading / 2 : 0;
    rows.push({ label: null, value: setInline(paragraph.content, style, families, area.width, hyphenator), spaceBefore: gap });
  });

  const heights = rows.map((row) => row.spaceBefore + Math.max(row.value.height, row.label?.height ?? 0));
  const total = heights.reduce((a, b) => a + b, 0);
  const fits = total <= area.height;
  let y = fits ? area.y + total : top(area);
  const section = tags.root.add('Sect');
  for (const [i, row] of rows.entries()) {
    y -= row.spaceBefore;
    tags.begin(page, section.add('P'));
    if (row.label !== null) draw(page, row.label, area.x, y, fonts);
    draw(page, row.value, row.label === null ? area.x : area.x + column, y, fonts);
    tags.end(page);
    y -= heights[i]! - row.spaceBefore;
  }
  return fits;
}
