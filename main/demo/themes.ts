/** The shared set of themes the demo's material is tagged with; a union so a typo fails to compile. */
export const demoThemes = [
  'eigen regie',
  'mantelzorg',
  'vrijwilligers',
  'samenwerking',
  'privacy',
  'vertrouwen',
  'bewonersinitiatieven',
  'geld en regels',
  'samen leren',
] as const;
export type Theme = (typeof demoThemes)[number];
