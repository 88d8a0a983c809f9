// Shared by the chart tests: the demo and the large project, each chart drawn
// at the text width of both templates with the PDF's own fonts.
import { demoProject } from '../../../main/demo/index.js';
import { loadTemplate, type Template } from '../../../main/export/template/index.js';
import { chartData } from '../../../main/visuals/charts/data.js';
import type { ChartData, ChartKind } from '../../../main/visuals/charts/types.js';
import { drawVisual } from '../../../main/visuals/draw.js';
import type { Drawing, MeasureText } from '../../../main/visuals/drawing.js';
import { templateMeasure } from '../../../main/visuals/measure.js';
import { generateProject } from '../../fixtures/large/index.js';

export const charts: readonly ChartKind[] = ['spectrum', 'materialMap', 'trajectory'];
export const projects = { demo: demoProject(), large: generateProject({ size: 'large' }) };
export type ProjectName = keyof typeof projects;

export interface Drawn {
  readonly data: ChartData;
  readonly drawing: Drawing;
  readonly measure: MeasureText;
  readonly template: Template;
}

/** The template's text width in points. */
export function textWidth(template: Template): number {
  return ((template.page.width - template.page.margins.inner - template.page.margins.outer) * 72) / 25.4;
}

export async function draw(project: ProjectName, chart: ChartKind, templateId = 'werkplaats-a4'): Promise<Drawn> {
  const template = loadTemplate(templateId);
  const measure = await templateMeasure(template);
  const data = chartData(chart, projects[project], 'nl');
  const drawing = drawVisual(data, template, { width: textWidth(template), measure, title: chart, description: `${chart} van ${project}` });
  return { data, drawing, measure, template };
}
