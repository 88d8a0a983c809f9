/**
 * The words the generated visuals print (main/visuals/charts) and the chart
 * controls of the Visuals screen. Kept apart from the big catalogues, which
 * spread them in.
 */
import type { Translation } from './nl.js';

export const chartsNl = {
  'chart.spectrum.roles': 'Rol',
  'chart.spectrum.people': 'bijdragers',
  'chart.spectrum.axis': 'Van betaald en professioneel naar onbetaald en uit betrokkenheid',
  'chart.map.themes': 'Thema',
  'chart.map.workgroups': 'Werkgroep',
  'chart.map.legend': 'Aantal items',
  'chart.map.total': 'Totaal',
  'chart.map.noTheme': 'zonder thema',
  'chart.map.noWorkgroup': 'zonder werkgroep',
  'chart.map.otherThemes': { one: '{count} ander thema', other: '{count} andere thema’s' },
  'chart.trajectory.places': 'Bijeenkomsten per plaats',
  'chart.trajectory.participants': 'deelnemers',
  'chart.trajectory.otherPlaces': '{count} andere plaatsen',
  'chart.trajectory.months': 'jan feb mrt apr mei jun jul aug sep okt nov dec',

  'ui.visuals.newChart': 'Nieuwe grafiek',
  'ui.visuals.chartKind.spectrum': 'Spectrum formeel–informeel',
  'ui.visuals.chartKind.materialMap': 'Materiaal per thema en werkgroep',
  'ui.visuals.chartKind.trajectory': 'Traject van de bijeenkomsten',
  'ui.visuals.chartTitle.spectrum': 'Van formeel naar informeel',
  'ui.visuals.chartTitle.materialMap': 'Het materiaal per thema en werkgroep',
  'ui.visuals.chartTitle.trajectory': 'Het traject in bijeenkomsten',
  'ui.visuals.chartAlt.spectrum': 'Grafiek van de bijdragers per rol, geplaatst van formeel via hybride naar informeel.',
  'ui.visuals.chartAlt.materialMap': 'Tabel met een cirkel per thema en werkgroep; hoe groter de cirkel, hoe meer materiaal.',
  'ui.visuals.chartAlt.trajectory': 'Tijdlijn van de bijeenkomsten per soort, met het aantal deelnemers en de plaatsen.',
  'ui.visuals.chartDrawing': 'Grafiek wordt getekend…',
  'ui.visuals.chartLive': 'Getekend uit de gegevens van het project, in de huisstijl {template}: verandert mee met het materiaal.',
} as const;

export const chartsEn: Translation<typeof chartsNl> = {
  'chart.spectrum.roles': 'Role',
  'chart.spectrum.people': 'contributors',
  'chart.spectrum.axis': 'From paid and professional to unpaid and out of involvement',
  'chart.map.themes': 'Theme',
  'chart.map.workgroups': 'Workgroup',
  'chart.map.legend': 'Number of items',
  'chart.map.total': 'Total',
  'chart.map.noTheme': 'no theme',
  'chart.map.noWorkgroup': 'no workgroup',
  'chart.map.otherThemes': { one: '{count} other theme', other: '{count} other themes' },
  'chart.trajectory.places': 'Sessions per place',
  'chart.trajectory.participants': 'participants',
  'chart.trajectory.otherPlaces': '{count} other places',
  'chart.trajectory.months': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',

  'ui.visuals.newChart': 'New chart',
  'ui.visuals.chartKind.spectrum': 'Formal–informal spectrum',
  'ui.visuals.chartKind.materialMap': 'Material by theme and workgroup',
  'ui.visuals.chartKind.trajectory': 'Trajectory of the sessions',
  'ui.visuals.chartTitle.spectrum': 'From formal to informal',
  'ui.visuals.chartTitle.materialMap': 'The material by theme and workgroup',
  'ui.visuals.chartTitle.trajectory': 'The trajectory in sessions',
  'ui.visuals.chartAlt.spectrum': 'Chart of the contributors by role, placed from formal through hybrid to informal.',
  'ui.visuals.chartAlt.materialMap': 'Table with a circle per theme and workgroup; the larger the circle, the more material.',
  'ui.visuals.chartAlt.trajectory': 'Timeline of the sessions by kind, with the number of participants and the places.',
  'ui.visuals.chartDrawing': 'Drawing the chart…',
  'ui.visuals.chartLive': 'Drawn from the project\'s data in the {template} house style: changes with the material.',
};
