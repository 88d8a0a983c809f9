/**
 * The publication's own word divisions, as TeX's `\hyphenation` and
 * InDesign's user dictionary keep them: a word written with a hyphen at each
 * place it may be divided ("man-tel-zorg-on-der-steu-ning"), or without any
 * ("Lingedelta") where it must never be. The patterns know the language; only
 * the editor knows where a compound of the domain joins.
 */
import { z } from 'zod';

/** Letters (with their marks and an inner apostrophe), divided by single hyphens. */
const ENTRY = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)*$/u;
const MAX_ENTRIES = 2_000;

export const HyphenationEntry = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .refine((entry) => ENTRY.test(entry.normalize('NFC')), {
    message: 'letters, divided by single hyphens: man-tel-zorg-on-der-steu-ning',
    params: { problemKey: 'problem.hyphenationEntry' },
  });
export type HyphenationEntry = z.infer<typeof HyphenationEntry>;

export const HyphenationList = z
  .array(HyphenationEntry)
  .max(MAX_ENTRIES)
  .refine((entries) => new Set(entries.map(hyphenationKey)).size === entries.length, {
    message: 'each word once',
    params: { problemKey: 'problem.hyphenationTwice' },
  });

/** A word's division: the word itself and the offsets (UTF-16, in NFC) before which it may be divided. */
export interface Division {
  readonly word: string;
  readonly breaks: readonly number[];
}

/** The division an entry spells out. */
export function parseHyphenationEntry(entry: string): Division {
  const parts = entry.trim().normalize('NFC').split('-');
  const breaks: number[] = [];
  let at = 0;
  for (const part of parts.slice(0, -1)) {
    at += part.length;
    breaks.push(at);
  }
  return { word: parts.join(''), breaks };
}

/** The word with `mark` at each division: with a hyphen, the entry that spells it out (the inverse of parseHyphenationEntry). */
export function formatDivision(division: Division, mark = '-'): string {
  let text = '';
  let last = 0;
  for (const at of division.breaks) {
    text += division.word.slice(last, at) + mark;
    last = at;
  }
  return text + division.word.slice(last);
}

/** A list's divisions by the word they divide (hyphenationKey): what the writers look a word up in. */
export function divisionsByWord(entries: readonly string[]): Map<string, readonly number[]> {
  return new Map(entries.map((entry) => [hyphenationKey(entry), parseHyphenationEntry(entry).breaks]));
}

/** What an entry matches: the word in NFC and lower case, so "Mantelzorg" at a sentence's start is the same word. */
export function hyphenationKey(entryOrWord: string): string {
  return entryOrWord.trim().normalize('NFC').replaceAll('-', '').toLocaleLowerCase('nl');
}
