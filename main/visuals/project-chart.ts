/**
 * A chart visual of an open project as the app shows it: drawn from the
 * file's current records (the library's summaries, no bodies read) in the
 * publication's template at its text width, as SVG — the drawing the export
 * will make.
 */
import { defaultTemplateId, loadTemplate, type Template } from '../export/template/index.js';
import { isUserError, type Visual } from '../model/index.js';
import type { ProjectStore } from '../store/types.js';
import { chartData } from './charts/data.js';
import { drawVisual } from './draw.js';
import { templateMeasure } from './measure.js';
import { drawingToSvg } from './svg-drawing.js';

export interface ChartSvg {
  readonly svg: string;
  /** Points. */
  readonly width: number;
  readonly height: number;
}

export async function projectChartSvg(store: ProjectStore, visual: Visual): Promise<ChartSvg | null> {
  if (visual.source.type !== 'chart') return null;
  const template = publicationTemplate(store);
  const sources = { contributors: store.contributors.list(), sessions: store.sessions.list(), workgroups: store.workgroups.list(), material: store.material.summaries() };
  const width = ((template.page.width - template.page.margins.inner - template.page.margins.outer) * 72) / 25.4;
  const description = visual.altText.trim() || visual.title;
  const drawing = drawVisual(chartData(visual.source.chart, sources, store.publication.get().language), template, { width, measure: await templateMeasure(template), title: visual.title, description });
  return { svg: drawingToSvg(drawing), width: drawing.width, height: drawing.height };
}

/** The publication's template; the default one when the file names a template this Bundel does not ship. */
function publicationTemplate(store: ProjectStore): Template {
  try {
    return loadTemplate(store.publication.get().templateId);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return loadTemplate(defaultTemplateId);
  }
}
