/** Replacing a name by another in the texts of material and chapters, as whole words only. */
import type { Chapter, MaterialItem, NodeJSON } from '../../model/index.js';

export interface Replacement {
  from: string;
  to: string;
}

/** Replaces each `from` (a whole word or words, case as written) by its `to`; returns the text and how many were replaced. */
export function replaceInText(text: string, replacements: Replacement[]): [string, number] {
  let count = 0;
  let out = text;
  for (const { from, to } of replacements) {
    const escaped = from.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    if (!escaped) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), () => {
      count++;
      return to;
    });
  }
  return [out, count];
}

function replaceInDoc(doc: NodeJSON, replacements: Replacement[]): [NodeJSON, number] {
  let count = 0;
  const walk = (node: NodeJSON): NodeJSON => {
    if (node.type === 'text' && node.text) {
      const [text, n] = replaceInText(node.text, replacements);
      count += n;
      return n ? { ...node, text } : node;
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return [walk(doc), count];
}

const materialTextFields = ['situation', 'onOneHand', 'onOtherHand', 'question', 'context', 'approach', 'outcome', 'lessons', 'speakerLabel'] as const;

/** The item with the names replaced in its title, body and own text fields, or null when nothing changed. */
export function replaceInMaterial(item: MaterialItem, replacements: Replacement[]): MaterialItem | null {
  let total = 0;
  const [title, inTitle] = replaceInText(item.title, replacements);
  const [body, inBody] = replaceInDoc(item.body, replacements);
  total += inTitle + inBody;
  const next: Record<string, unknown> = { ...item, title, body };
  for (const field of materialTextFields) {
    const value = next[field];
    if (typeof value !== 'string') continue;
    const [text, n] = replaceInText(value, replacements);
    next[field] = text;
    total += n;
  }
  return total ? (next as MaterialItem) : null;
}

/** The chapter with the names replaced in its title, byline and body, or null when nothing changed. */
export function replaceInChapter(chapter: Chapter, replacements: Replacement[]): Chapter | null {
  const [title, a] = replaceInText(chapter.title, replacements);
  const [byline, b] = replaceInText(chapter.byline, replacements);
  const [body, c] = replaceInDoc(chapter.body, replacements);
  return a + b + c ? { ...chapter, title, byline, body } : null;
}
