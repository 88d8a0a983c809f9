/** A chart's data from the project: the one entry point the document tree and the app use. */
import type { Locale, ProjectData } from '../../model/index.js';
import { materialMapData, type Tagged } from './material-map-data.js';
import { spectrumData } from './spectrum-data.js';
import { trajectoryData } from './trajectory-data.js';
import type { ChartData, ChartKind } from './types.js';

/** What the charts read of a project: its records, or for material the library's summaries. */
export type ChartSources = Pick<ProjectData, 'contributors' | 'sessions' | 'workgroups'> & { readonly material: readonly Tagged[] };

export function chartData(chart: ChartKind, project: ChartSources, locale: Locale): ChartData {
  switch (chart) {
    case 'spectrum':
      return spectrumData(project.contributors, locale);
    case 'materialMap':
      return materialMapData(project.material, project.workgroups, locale);
    case 'trajectory':
      return trajectoryData(project.sessions, locale);
  }
}
