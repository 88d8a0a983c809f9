/**
 * The publication's own word divisions as the Publicatie screen handles them:
 * what is wrong with an entry the editor typed, said before anything is
 * saved, and an entry as the screen shows it.
 */
import { HyphenationEntry, hyphenationKey, type MessageKey } from '../../main/model/index.js';

export interface EntryProblem {
  key: MessageKey;
  params?: Record<string, string>;
}

/** An entry as it is kept: trimmed and in NFC, so equal words are equal strings. */
export function normalEntry(text: string): string {
  return text.trim().normalize('NFC');
}

/** The word an entry divides, without its hyphens. */
export function bareWord(text: string): string {
  return normalEntry(text).replaceAll('-', '');
}

/**
 * Why `text` cannot join `entries`, or null when it can. `replacing` is the
 * entry being changed: it does not count as a duplicate of itself.
 */
export function entryProblem(text: string, entries: readonly string[], replacing?: string): EntryProblem | null {
  const parsed = HyphenationEntry.safeParse(text);
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.code;
    if (code === 'too_small') return { key: 'ui.hyphenation.tooShort' };
    if (code === 'too_big') return { key: 'ui.hyphenation.tooLong' };
    return { key: 'ui.hyphenation.invalid' };
  }
  const key = hyphenationKey(text);
  const same = entries.find((entry) => entry !== replacing && hyphenationKey(entry) === key);
  return same === undefined ? null : { key: 'ui.hyphenation.duplicate', params: { word: shownDivision(same) } };
}

/** Whether `word` (no hyphens) is one the patterns can be asked about. */
export function isWord(word: string): boolean {
  return !word.includes('-') && HyphenationEntry.safeParse(word).success;
}

/** An entry as a dictionary shows it, a middle dot at each break: "man·tel·zorg·on·der·steu·ning". */
export function shownDivision(entry: string): string {
  return entry.replaceAll('-', '·');
}

const collator = new Intl.Collator('nl');

/** The entries in the order of a Dutch word list, whatever order they were added in. */
export function sortedEntries(entries: readonly string[]): string[] {
  return [...entries].sort((a, b) => collator.compare(hyphenationKey(a), hyphenationKey(b)));
}
