// One poster painted as a page of a PDF document: the layout's positions on
// the trim turned into PDF coordinates, the band taken into the bleed. What
// can fail (a picture that does not decode) happens before the page is added.
import type { Template } from '../template/index.js';
import { paintDrawing } from '../pdf/drawing/index.js';
import type { PageGeometry } from '../pdf/document/geometry.js';
import type { TemplateFonts } from '../pdf/style/index.js';
import { drawImageUpright } from '../pdf/images/index.js';
import { drawLines } from '../pdf/text/index.js';
import { drawVectorForm, embedVectorForm } from '../pdf/vector/index.js';
import { embedArt, type ReadyArt } from './art.js';
import type { PosterCanvas } from './poster-canvas.js';
import type { PosterLayout } from './poster-layout.js';
import { posterScale } from './poster-geometry.js';

export async function paintPoster(
  canvas: PosterCanvas,
  g: PageGeometry,
  layout: PosterLayout,
  art: ReadyArt,
  template: Template,
  templateFonts: TemplateFonts,
  /** The page's index in the document; default the end. */
  at?: number,
): Promise<void> {
  const { doc, fonts } = canvas;
  const x = (value: number): number => g.trimX + value;
  const y = (value: number): number => g.trimY + g.trimHeight - value;
  const families = (name: Parameters<TemplateFonts['family']>[0]) => templateFonts.family(name);

  const image = art.kind === 'raster' ? await embedArt(doc, art, canvas.imageProfiles) : null;
  const form = art.kind === 'vectors' ? await embedVectorForm(doc, art.drawing, canvas.rgbSpace(), canvas.imageProfiles) : null;
  const page = canvas.addPage(g, at);

  page.drawRectangle({
    x: g.trimX - g.bleed,
    y: y(layout.bandHeight),
    width: g.trimWidth + 2 * g.bleed,
    height: layout.bandHeight + g.bleed,
    color: fonts.inks.hex(template.cover.background),
  });
  const bar = layout.accentBar;
  page.drawRectangle({ x: x(bar.x), y: y(bar.y + bar.height), width: bar.width, height: bar.height, color: fonts.inks.hex(template.colors.accent) });
  const margin = g.margins.outer;
  page.drawLine({
    start: { x: x(margin), y: y(layout.footerRuleY) },
    end: { x: x(g.trimWidth - margin), y: y(layout.footerRuleY) },
    thickness: 0.6 * posterScale(g),
    color: fonts.inks.hex(template.colors.rule),
  });
  for (const text of layout.texts) if (text.lines.length > 0) drawLines(page, text.lines, x(text.x), y(text.y), fonts);

  const box = layout.art;
  if (form !== null) {
    drawVectorForm(page, form, { x: x(box.x), y: y(box.y + box.height), width: box.width, height: box.height });
  } else if (image !== null) {
    drawImageUpright(page, image, { x: x(box.x), y: y(box.y + box.height), width: box.width, height: box.height }, art.kind === 'raster' ? art.orientation : undefined);
  } else if (art.kind === 'drawing') {
    paintDrawing(page, art.drawing, { x: x(box.x), top: y(box.y), scale: box.width / art.drawing.width }, fonts, families);
  }
  canvas.finished(page);
}
