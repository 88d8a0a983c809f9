/**
 * The words the generated visuals print (main/visuals/charts) and the chart
 * controls of the Visuals screen. Kept apart from the big catalogues, which
 * spread them in.
 */
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
  'chart.trajectory.places': 'Bijeenkomsten per plaats',
  'chart.trajectory.participants': 'deelnemers',
  'chart.trajectory.otherPlaces': '{count} andere plaatsen',
  'chart.trajectory.months': 'jan feb mrt apr mei jun jul aug sep okt nov dec',
} as const;

export const chartsEn: Record<keyof typeof chartsNl, string> = {
  'chart.spectrum.roles': 'Role',
  'chart.spectrum.people': 'contributors',
  'chart.spectrum.axis': 'From paid and professional to unpaid and out of involvement',
  'chart.map.themes': 'Theme',
  'chart.map.workgroups': 'Workgroup',
  'chart.map.legend': 'Number of items',
  'chart.map.total': 'Total',
  'chart.map.noTheme': 'no theme',
  'chart.map.noWorkgroup': 'no workgroup',
  'chart.trajectory.places': 'Sessions per place',
  'chart.trajectory.participants': 'participants',
  'chart.trajectory.otherPlaces': '{count} other places',
  'chart.trajectory.months': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
};
