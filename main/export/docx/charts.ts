/**
 * The charts of a DOCX, drawn before the document is written: each chart
 * figure laid out at the text width in the template's fonts (the same
 * Drawing the PDF paints), as an SVG that Word 2016 and later draw and a PNG
 * fallback at twice the display size for older readers, rendered at once on
 * libuv's thread pool.
 */
import type { Template } from '../template/index.js';
import type { Figure } from '../tree/types.js';
import { drawVisual } from '../../visuals/draw.js';
import { templateMeasure } from '../../visuals/measure.js';
import { drawingRenderOptions } from '../../visuals/png-drawing.js';
import { drawingToSvg } from '../../visuals/svg-drawing.js';
import { textArea } from './page.js';
import { altTextOf } from './alt-text.js';
import { svgToPng } from './png-raster.js';

export interface ChartImage {
  readonly svg: Uint8Array;
  readonly png: Uint8Array;
  /** Points. */
  readonly width: number;
  readonly height: number;
}

/** Per chart figure its images, or why they could not be drawn. */
export type ChartImages = ReadonlyMap<Figure, ChartImage | Error>;

/** 96 pixels to the inch, twice over: sharp on screen and in office printing. */
const fallbackDpi = 192;

export async function renderCharts(figures: readonly Figure[], template: Template): Promise<ChartImages> {
  const charts = figures.filter((f) => f.image.type === 'chart');
  if (charts.length === 0) return new Map();
  const measure = await templateMeasure(template);
  const width = (textArea(template).widthMm * 72) / 25.4;
  const drawn = await Promise.all(
    charts.map(async (figure): Promise<[Figure, ChartImage | Error]> => {
      if (figure.image.type !== 'chart') return [figure, new Error('not a chart')];
      try {
        const drawing = drawVisual(figure.image.data, template, { width, measure, title: figure.title, description: altTextOf(figure) });
        const svgText = drawingToSvg(drawing);
        const png = await svgToPng(svgText, drawingRenderOptions(drawing, fallbackDpi));
        return [figure, { svg: Buffer.from(svgText, 'utf8'), png, width: drawing.width, height: drawing.height }];
      } catch (error) {
        return [figure, error instanceof Error ? error : new Error(String(error))];
      }
    }),
  );
  return new Map(drawn);
}
