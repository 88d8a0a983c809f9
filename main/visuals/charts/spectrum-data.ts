/**
 * The spectrum's data: contributors counted per role and position. A
 * pseudonymised contributor counts like any other; no names are printed.
 */
import { label, message, positions, roles, type Contributor, type Locale } from '../../model/index.js';
import { capitalise } from './words.js';
import type { SpectrumData } from './types.js';

export function spectrumData(contributors: readonly Contributor[], locale: Locale): SpectrumData {
  const rows = roles
    .map((role) => ({
      key: role,
      label: capitalise(label(locale, 'role', role)),
      counts: positions.map((position) => contributors.filter((c) => c.role === role && c.position === position).length),
    }))
    .filter((row) => row.counts.some((n) => n > 0));
  return {
    chart: 'spectrum',
    positions: positions.map((key) => ({ key, label: label(locale, 'position', key) })),
    rows,
    total: contributors.length,
    words: {
      roles: message(locale, 'chart.spectrum.roles'),
      people: message(locale, 'chart.spectrum.people'),
      axis: message(locale, 'chart.spectrum.axis'),
    },
  };
}
