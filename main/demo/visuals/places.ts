/** The fictional towns of the Lingedelta, where they lie on the demo map, and which town a session was in. */
import type { Session } from '../../model/index.js';

export interface Town {
  name: string;
  /** Map coordinates on the 1600 × 1000 drawing. */
  x: number;
  y: number;
  /** Where the label goes relative to the town. */
  label: 'above' | 'below';
}

export const towns: Town[] = [
  { name: 'Arkeldijk', x: 380, y: 300, label: 'above' },
  { name: 'Lingehoek', x: 250, y: 650, label: 'below' },
  { name: 'Heukelveen', x: 740, y: 470, label: 'above' },
  { name: 'Zandwerve', x: 1060, y: 210, label: 'above' },
  { name: 'Oostwaarde', x: 1240, y: 450, label: 'below' },
  { name: 'Rietdonk', x: 880, y: 720, label: 'below' },
];

/** The town named in a session's place; every demo session names one. */
export function townOf(session: Session): Town {
  const town = towns.find((t) => session.place.includes(t.name));
  if (!town) throw new Error(`places: session ${session.id} is in no known town ("${session.place}")`);
  return town;
}
