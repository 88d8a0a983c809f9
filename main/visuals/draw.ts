/**
 * The one entry point from a chart's data to a Drawing: laid out at `width`
 * points in the template's colours and caption family, labels measured with
 * `measure` (main/visuals/measure.ts gives one on the PDF's fonts). Pure, so
 * the PDF writer, the DOCX writer and the app all draw the same chart.
 */
import type { Template } from '../export/template/schema.js';
import { layoutChart } from './charts/layout.js';
import { chartStyle } from './charts/style.js';
import type { ChartData } from './charts/types.js';
import type { Drawing, MeasureText } from './drawing.js';

export interface DrawOptions {
  /** Points; the text width the figure is placed at. */
  readonly width: number;
  readonly measure: MeasureText;
  /** For <title>/<desc> and the PDF's alternate text: the figure's title and alt text. */
  readonly title: string;
  readonly description: string;
}

export function drawVisual(data: ChartData, template: Template, options: DrawOptions): Drawing {
  const { height, shapes } = layoutChart(data, options.width, chartStyle(template), options.measure);
  return { width: options.width, height: Math.ceil(height), title: options.title, description: options.description, shapes };
}
