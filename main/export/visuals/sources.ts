// The project's visuals as posters will show them: images with their bytes,
// charts drawn from the project's data in the template's colours and fonts.
import type { ProjectData, Visual } from '../../model/index.js';
import { chartData } from '../../visuals/charts/data.js';
import { drawVisual } from '../../visuals/draw.js';
import { measureWith } from '../../visuals/measure.js';
import { shownRaster } from '../../visuals/raster.js';
import type { TemplateFonts } from '../pdf/style/index.js';
import type { Template } from '../template/index.js';
import type { PosterArt } from './art.js';

/**
 * Charts are laid out a little wider than a page's measure and scaled up on
 * the poster, so their labels grow with it (about 11 pt on A3).
 */
const CHART_WIDTH = 520;

export interface PosterSource {
  readonly visual: Visual;
  /** Null: the visual's image is not in the file. */
  readonly art: PosterArt | null;
}

export function posterSources(data: ProjectData, template: Template, fonts: TemplateFonts): PosterSource[] {
  const images = new Map(data.images.map((image) => [image.hash, image.bytes]));
  const measure = measureWith(fonts);
  return data.visuals.map((visual): PosterSource => {
    const { source } = visual;
    if (source.type === 'chart') {
      // A chart's words are the publication's, as the figure in the book has them.
      const drawing = drawVisual(chartData(source.chart, data, data.publication.language), template, {
        width: CHART_WIDTH,
        measure,
        title: visual.title,
        description: visual.altText,
      });
      return { visual, art: { kind: 'drawing', drawing } };
    }
    const bytes = images.get(source.hash);
    if (bytes === undefined) return { visual, art: null };
    if (source.mime === 'image/svg+xml') return { visual, art: { kind: 'svg', bytes, width: source.width, height: source.height } };
    return { visual, art: { kind: 'raster', mime: source.mime, bytes, ...shownRaster(bytes, source) } };
  });
}
