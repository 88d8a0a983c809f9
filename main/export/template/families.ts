// The font families a template names: every `font` of every text style,
// wherever the template nests it.
import type { FontName, Template } from './schema.js';

/** Each family once, in the order the template first names it. */
export function familiesOf(template: Template): FontName[] {
  return [...new Set(fontNamesIn(template))];
}

function fontNamesIn(value: unknown): FontName[] {
  if (typeof value !== 'object' || value === null) return [];
  const names: FontName[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'font' && typeof child === 'string') names.push(child as FontName);
    else names.push(...fontNamesIn(child));
  }
  return names;
}
