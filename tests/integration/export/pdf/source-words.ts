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

export interface SourceComparison {
  /** Source words the text lacks, with how many times. */
  readonly missing: Record<string, number>;
  /** Words the text has more often than the source, less what the layout adds: the figure label, kaders' kind labels, a chart's own labels. */
  readonly unexplained: string[];
  /** Source words the text lacks when diaeresis counts. */
  readonly strictMissing: string[];
}

/** A chapter's text as a reader gets it (the page, the tagged structure) against the chapter's source. */
export function compareWithSource(text: string, chapter: ChapterNode, figureLabel: string): SourceComparison {
  // A chart's data is not running text: the drawing shows it through its labels.
  const source = sourceTexts({ ...chapter, blocks: chapter.blocks.map((b) => (b.type === 'figure' && b.image.type === 'chart' ? { ...b, image: { type: 'missing' } } : b)) }).join('\n');
  const kinds = new Set(chapter.blocks.flatMap((b) => (b.type === 'box' ? b.items.flatMap((i) => words(i.kindLabel)) : [])));
  const chartWords = new Set(chapter.blocks.flatMap((b) => (b.type === 'figure' && b.image.type === 'chart' ? words(JSON.stringify(b.image.data).replace(/[{}":,[\]]/gu, ' ')) : [])));
  const added = surplus(counts(words(text)), counts(words(source)));
  return {
    missing: surplus(counts(words(source)), counts(words(text))),
    unexplained: Object.keys(added).filter((w) => !kinds.has(w) && !chartWords.has(w) && !words(figureLabel).includes(w)),
    strictMissing: Object.keys(surplus(counts(words(source, true)), counts(words(text, true)))),
  };
}

/** The first paragraph or heading of the chapter whose first words `text` does not have after the previous one's; null when all are in order. */
export function firstOutOfOrder(text: string, chapter: ChapterNode): string | null {
  const stream = words(text).join(' ');
  let at = 0;
  for (const block of chapter.blocks) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    // A paragraph's first words, which no page break can separate from each other.
    const start = words(block.content.map((c) => (c.type === 'text' ? c.text : ' ')).join('')).slice(0, 4).join(' ');
    if (start === '') continue;
    const found = stream.indexOf(start, at);
    if (found < at) return start;
    at = found;
  }
  return null;
}
