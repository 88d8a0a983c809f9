// Dutch hyphenation points of one word (Liang patterns from `hyphen/nl`) with the
// rules the patterns cannot express: minimum lengths, "ij", explicit hyphens,
// manual soft hyphens, and the publication's own divisions.
import nl from 'hyphen/nl/index.js';
import { divisionsByWord, hyphenationKey, type Division } from '../../../model/hyphenation.js';

export interface WordBreak {
  /** UTF-16 offset in the (NFC) word: the break falls before this character. */
  readonly at: number;
  /**
   * The word's own hyphen (or dash) ends the first part: no hyphen is added and
   * the diaeresis rule does not apply.
   */
  readonly explicit: boolean;
}

export interface Hyphenation {
  /** The word in NFC, without soft hyphens: the text the offsets refer to. */
  readonly word: string;
  readonly breaks: readonly WordBreak[];
}

const MIN_WORD = 5;
const MIN_SIDE = 2;
const SOFT_HYPHEN = '\u00ad';
const LETTERS = /[\p{L}\p{M}'’]+/gu;
const EXPLICIT_HYPHENS = new Set(['-', '\u2010', '\u2013']);
/** Web addresses, e-mail addresses and paths are not words: no hyphen may appear in them. */
const ADDRESS = /[/@\\]|www\./u;

/**
 * Dutch hyphenation with a publication's own divisions (model/hyphenation.ts)
 * before the patterns. Each hyphenator caches the tokens it has divided; the
 * one without divisions lives as long as the process, so a kept export worker
 * starts warm.
 */
export class Hyphenator {
  private readonly cache = new Map<string, Hyphenation>();
  private readonly divisions: ReadonlyMap<string, readonly number[]>;
  /** Equal for hyphenators that divide every word alike. */
  readonly key: string;

  constructor(entries: readonly string[] = []) {
    const divisions = divisionsByWord(entries);
    this.divisions = divisions;
    this.key = [...divisions.keys()].sort().map((word) => `${word}:${divisions.get(word)!.join(',')}`).join(' ');
  }

  /** Break points of a token (letters with any punctuation around it). */
  hyphenate(token: string): Hyphenation {
    let found = this.cache.get(token);
    if (found === undefined) {
      found = this.compute(token);
      this.cache.set(token, found);
    }
    return found;
  }

  private compute(token: string): Hyphenation {
    const normal = token.normalize('NFC');
    if (normal.includes(SOFT_HYPHEN)) return manual(normal);
    const breaks: WordBreak[] = [];
    if (isAddress(normal)) return { word: normal, breaks };
    const parts = [...normal.matchAll(LETTERS)];
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const start = part.index;
      const letters = part[0];
      // The editor's division overrules the patterns and their minimum lengths.
      const own = this.divisions.size === 0 ? undefined : this.divisions.get(hyphenationKey(letters));
      const offsets = own ?? (letters.length >= MIN_WORD ? patternBreaks(letters) : []);
      for (const at of offsets) breaks.push({ at: start + at, explicit: false });
      const next = parts[p + 1];
      const gap = next === undefined ? '' : normal.slice(start + letters.length, next.index);
      if (next !== undefined && EXPLICIT_HYPHENS.has(gap) && letters.length >= MIN_SIDE && next[0].length >= MIN_SIDE) {
        breaks.push({ at: next.index, explicit: true });
      }
    }
    return { word: normal, breaks };
  }
}

/** Dutch by the patterns alone: the hyphenator of a publication without divisions of its own. */
export const DUTCH = new Hyphenator();

/** The one hyphenator per list of divisions: its cache outlives the export, as DUTCH's does. */
let last: Hyphenator = DUTCH;

export function hyphenatorFor(entries: readonly string[]): Hyphenator {
  if (entries.length === 0) return DUTCH;
  const candidate = new Hyphenator(entries);
  if (candidate.key !== last.key) last = candidate;
  return last;
}

/** How the patterns divide a word, for the editor to correct (model/hyphenation.ts's Division). */
export function patternDivision(word: string): Division {
  const { word: normal, breaks } = DUTCH.hyphenate(word.trim());
  return { word: normal, breaks: breaks.filter((b) => !b.explicit).map((b) => b.at) };
}

/** A web or e-mail address or a path: no hyphen may be added in it, where a reader would take it for part of it. */
export function isAddress(token: string): boolean {
  return ADDRESS.test(token);
}

function patternBreaks(letters: string): number[] {
  const marked = nl.hyphenateSync(letters, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD });
  const offsets: number[] = [];
  let at = 0;
  for (const char of marked) {
    if (char === SOFT_HYPHEN) {
      if (allowed(letters, at)) offsets.push(at);
    } else {
      at += char.length;
    }
  }
  return offsets;
}

function allowed(letters: string, at: number): boolean {
  if (at < MIN_SIDE || letters.length - at < MIN_SIDE) return false;
  // "ij" is one letter in Dutch; the patterns respect that, this makes it certain.
  return !(/[iI]/.test(letters[at - 1]!) && /[jJ]/.test(letters[at]!));
}

/** An author's soft hyphens overrule the patterns, as in Word and TeX. */
function manual(normal: string): Hyphenation {
  const breaks: WordBreak[] = [];
  let word = '';
  for (const char of normal) {
    if (char === SOFT_HYPHEN) {
      if (word.length > 0) breaks.push({ at: word.length, explicit: false });
    } else {
      word += char;
    }
  }
  return { word, breaks: breaks.filter((b) => b.at < word.length) };
}
