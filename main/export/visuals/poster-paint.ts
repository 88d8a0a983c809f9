// One poster painted as a page of a PDF document: the layout's positions on
// the trim turned into PDF coordinates, the band taken into the bleed. What
// can fail (a picture that does not decode) happens before the page is added.
// Painted in reading order, as the book's pages are tagged: the title a
// heading, the visual a figure with its alternative text, then its caption
// and credit; the band, the accent bar and the footer are artifacts.
import type { Template } from '../template/index.js';
import { paintDrawing } from '../pdf/drawing/index.js';
import type { PageGeometry } from '../pdf/document/geometry.js';
import type { TemplateFonts } from '../pdf/style/index.js';
import { drawImageUpright } from '../pdf/images/index.js';
import { StructNode } from '../pdf/tagged/index.js';
import { drawLines } from '../pdf/text/index.js';
import { drawVectorForm, embedVectorForm } from '../pdf/vector/index.js';
import { embedArt, type ReadyArt } from './art.js';
import type { PosterCanvas } from './poster-canvas.js';
import type { PosterLayout, SetText } from './poster-layout.js';
import { posterScale } from './poster-geometry.js';

export interface PosterPage {
  readonly g: PageGeometry;
  readonly layout: PosterLayout;
  /** The visual's alternative text, its Figure's. */
  readonly alt: string;
}

/** The poster's structure is returned, a section for the document's root to adopt in page order. */
export async function paintPoster(
  canvas: PosterCanvas,
  { g, layout, alt }: PosterPage,
  art: ReadyArt,
  template: Template,
  templateFonts: TemplateFonts,
  /** The page's index in the document; default the end. */
  at?: number,
): Promise<StructNode> {
  const { doc, fonts, tags } = canvas;
  const x = (value: number): number => g.trimX + value;
  const y = (value: number): number => g.trimY + g.trimHeight - value;
  const families = (name: Parameters<TemplateFonts['family']>[0]) => templateFonts.family(name);

  const image = art.kind === 'raster' ? await embedArt(doc, art, canvas.imageProfiles) : null;
  const form = art.kind === 'vectors' ? await embedVectorForm(doc, art.drawing, canvas.rgbSpace(), canvas.imageProfiles) : null;
  const page = canvas.addPage(g, at);
  const write = (text: SetText): void => {
    if (text.lines.length > 0) drawLines(page, text.lines, x(text.x), y(text.y), fonts);
  };
  const section = new StructNode('Sect');

  tags.beginArtifact(page, 'Pagination', 'Header');
  page.drawRectangle({
    x: g.trimX - g.bleed,
    y: y(layout.bandHeight),
    width: g.trimWidth + 2 * g.bleed,
    height: layout.bandHeight + g.bleed,
    color: fonts.inks.hex(template.cover.background),
  });
  for (const text of layout.band) write(text);
  tags.end(page);

  tags.begin(page, section.add('H1'));
  write(layout.title);
  tags.end(page);

  const bar = layout.accentBar;
  tags.beginArtifact(page, 'Layout');
  page.drawRectangle({ x: x(bar.x), y: y(bar.y + bar.height), width: bar.width, height: bar.height, color: fonts.inks.hex(template.colors.accent) });
  tags.end(page);

  const box = { x: x(layout.art.x), y: y(layout.art.y + layout.art.height), width: layout.art.width, height: layout.art.height };
  tags.begin(page, section.add('Figure', { alt }), [box.x, box.y, box.x + box.width, box.y + box.height]);
  if (form !== null) {
    drawVectorForm(page, form, box);
  } else if (image !== null) {
    drawImageUpright(page, image, box, art.kind === 'raster' ? art.orientation : undefined);
  } else if (art.kind === 'drawing') {
    paintDrawing(page, art.drawing, { x: box.x, top: y(layout.art.y), scale: box.width / art.drawing.width }, fonts, families);
  }
  tags.end(page);

  const said = [layout.caption, layout.credit].filter((text) => text.lines.length > 0);
  if (said.length > 0) {
    const caption = section.add('Caption');
    for (const text of said) {
      tags.begin(page, caption);
      write(text);
      tags.end(page);
    }
  }

  tags.beginArtifact(page, 'Pagination', 'Footer');
  const margin = g.margins.outer;
  page.drawLine({
    start: { x: x(margin), y: y(layout.footerRuleY) },
    end: { x: x(g.trimWidth - margin), y: y(layout.footerRuleY) },
    thickness: 0.6 * posterScale(g),
    color: fonts.inks.hex(template.colors.rule),
  });
  for (const text of layout.footer) write(text);
  tags.end(page);
  canvas.finished(page);
  return section;
}
