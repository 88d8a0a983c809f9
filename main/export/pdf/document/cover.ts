/**
 * The cover: the template's colour over the whole page (into the bleed in the
 * print edition), the title block in the upper third and the organisation and
 * year at the foot of the text area. Tagged as a section: the title a heading,
 * the rest paragraphs, the background an artifact.
 */
import type { PDFPage } from 'pdf-lib';
import type { Template } from '../../template/index.js';
import type { Cover } from '../../tree/types.js';
import type { PdfFonts } from '../fonts/index.js';
import { bleedRect, textArea, top, type PageGeometry } from './geometry.js';
import { draw, setPlain, type Families } from './typeset.js';
import type { StructType, Tags } from '../tagged/index.js';

/** The title starts this far down the text area: an upper-third title block. */
const TITLE_DROP = 0.22;

export function drawCover(page: PDFPage, cover: Cover, template: Template, g: PageGeometry, families: Families, fonts: PdfFonts, tags: Tags): void {
  const section = tags.root.add('Sect');
  const background = bleedRect(g);
  tags.beginArtifact(page, 'Layout');
  page.drawRectangle({ ...background, color: fonts.inks.hex(template.cover.background) });
  tags.end(page);

  const area = textArea(g, 1);
  const style = template.cover;
  let y = top(area) - area.height * TITLE_DROP;
  const block = (text: string, textStyle: Template['cover']['title'], type: StructType = 'P'): number => {
    if (text.trim() === '') return y;
    tags.begin(page, section.add(type));
    const below = draw(page, setPlain(text, textStyle, families, area.width), area.x, y - textStyle.spaceBefore, fonts);
    tags.end(page);
    return below - textStyle.spaceAfter;
  };
  y = block(cover.title, style.title, 'H1');
  y = block(cover.subtitle, style.subtitle);
  y = block(cover.editorsLine, style.editors);
  y = block(cover.draftNote, { ...style.organisation, spaceBefore: style.subtitle.spaceAfter });

  const foot = [cover.organisation, cover.year].filter((line) => line.trim() !== '');
  const footSets = foot.map((line) => setPlain(line, style.organisation, families, area.width));
  let footY = area.y + footSets.reduce((sum, set) => sum + set.height, 0);
  for (const set of footSets) {
    tags.begin(page, section.add('P'));
    footY = draw(page, set, area.x, footY, fonts);
    tags.end(page);
  }
}
