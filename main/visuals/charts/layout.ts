/** A chart laid out at a width: its shapes, and the height they need. */
import type { MeasureText, Shape } from '../drawing.js';
import { layoutMaterialMap } from './material-map-layout.js';
import { layoutSpectrum } from './spectrum-layout.js';
import type { ChartStyle } from './style.js';
import { layoutTrajectory } from './trajectory-layout.js';
import type { ChartData } from './types.js';

export interface Layout {
  readonly height: number;
  readonly shapes: Shape[];
}

export function layoutChart(data: ChartData, width: number, style: ChartStyle, measure: MeasureText): Layout {
  switch (data.chart) {
    case 'spectrum':
      return layoutSpectrum(data, width, style, measure);
    case 'materialMap':
      return layoutMaterialMap(data, width, style, measure);
    case 'trajectory':
      return layoutTrajectory(data, width, style, measure);
  }
}
