/** A figure's alt text, never empty: a screen reader then at least has the title. */
import type { Figure } from '../tree/types.js';

export function altTextOf(node: Figure): string {
  for (const text of [node.altText, node.title, node.caption]) if (text.trim() !== '') return text.trim();
  return `${node.number}`;
}
