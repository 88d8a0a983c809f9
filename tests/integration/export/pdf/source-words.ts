// The words of the source a chapter's pages must show: every text in the
// chapter's tree node, compared as letters only, case- and diaeresis-blind
// (the hyphenation's diaeresis rule drops a diaeresis at a line-end break).
import type { ChapterNode } from '../../../../main/export/tree/index.js';

const NOT_TEXT = new Set(['id', 'anchor', 'chapterId', 'visualId', 'link', 'kind', 'type', 'role', 'mime', 'audience', 'consent', 'threadIds', 'altText', 'chart', 'kindLabel']);

/** Every string of the node a reader sees, in tree order. */
export function sourceTexts(chapter: ChapterNode): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (!NOT_TEXT.has(key)) out.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(chapter, 'chapter');
  return out;
}

/** Words as letters only, lower case; `strict` keeps the diaeresis. */
export function words(text: string, strict = false): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .map((w) => (strict ? w : withoutDiaeresis(w)).toLocaleLowerCase('nl').replace(/[^\p{L}]/gu, ''))
    .filter((w) => w !== '');
}

export function withoutDiaeresis(text: string): string {
  return text.normalize('NFD').replace(/\u0308/gu, '').normalize('NFC');
}

export function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of list) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
}

/** Words in `a` more often than in `b`, with the surplus. */
export function surplus(a: Map<string, number>, b: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, n] of a) if (n > (b.get(w) ?? 0)) out[w] = n - (b.get(w) ?? 0);
  return out;
}
