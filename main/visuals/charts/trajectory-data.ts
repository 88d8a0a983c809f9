/** The trajectory's data: sessions in date order, the kinds that occur, and the places ranked. */
import { label, message, sessionKinds, type Locale, type Session } from '../../model/index.js';
import { capitalise } from './words.js';
import type { MapLine, TrajectoryData } from './types.js';

export function trajectoryData(sessions: readonly Session[], locale: Locale): TrajectoryData {
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
  const present = new Set(sorted.map((s) => s.kind));
  const places = new Map<string, number>();
  for (const s of sorted) {
    const place = s.place.trim();
    if (place !== '') places.set(place, (places.get(place) ?? 0) + 1);
  }
  const ranked: MapLine[] = [...places]
    .map(([place, total]) => ({ label: place, total }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'nl'));
  return {
    chart: 'trajectory',
    kinds: sessionKinds.filter((k) => present.has(k)).map((key) => ({ key, label: capitalise(label(locale, 'sessionKind', key)) })),
    sessions: sorted.map((s) => ({ date: s.date, kind: s.kind, place: s.place.trim(), participants: s.participants })),
    places: ranked,
    words: {
      places: message(locale, 'chart.trajectory.places'),
      participants: message(locale, 'chart.trajectory.participants'),
      otherPlaces: message(locale, 'chart.trajectory.otherPlaces'),
      months: message(locale, 'chart.trajectory.months').split(' '),
    },
  };
}
