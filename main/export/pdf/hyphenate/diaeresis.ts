// The Dutch diaeresis rule at a line break: co-ördinatie is set as "co-" and
// "ordinatie", ge-ïnteresseerd as "ge-" and "interesseerd", knie-ën as "knie-" and "en".
import type { Hyphenation, WordBreak } from './dutch.js';

const DIAERESIS = '\u0308';

const hasDiaeresis = new Map<string, boolean>();

export function startsWithDiaeresis(text: string): boolean {
  const first = text.charAt(0);
  let found = hasDiaeresis.get(first);
  if (found === undefined) {
    found = first.normalize('NFD').includes(DIAERESIS);
    hasDiaeresis.set(first, found);
  }
  return found;
}

/** Removes the diaeresis from the first letter, keeping any other accent. */
export function dropLeadingDiaeresis(text: string): string {
  if (!startsWithDiaeresis(text)) return text;
  const first = text.charAt(0).normalize('NFD').replace(DIAERESIS, '').normalize('NFC');
  return first + text.slice(1);
}

/** The text that ends the line at `brk`: everything before it, with a hyphen unless the word had one. */
export function textBeforeBreak(hyphenation: Hyphenation, brk: WordBreak): string {
  const before = hyphenation.word.slice(0, brk.at);
  return brk.explicit ? before : `${before}-`;
}

/** The text that starts the next line after `brk`, the diaeresis rule applied. */
export function textAfterBreak(hyphenation: Hyphenation, brk: WordBreak): string {
  const after = hyphenation.word.slice(brk.at);
  return brk.explicit ? after : dropLeadingDiaeresis(after);
}
