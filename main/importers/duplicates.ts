/**
 * Near-duplicate text: word 3-shingles over normalised text (case and
 * diacritics folded, punctuation dropped), compared by Jaccard similarity.
 * Candidates come from a prefix-filtered inverted index (two sets with
 * Jaccard ≥ t must share a token among the first |A| − ⌈t·|A|⌉ + 1 of each
 * in one global order, here the hashes'), so thousands of rows need not
 * meet every item, and a pair is given up once it cannot reach the
 * threshold. (Rarest-first order would shorten the index lists for common
 * phrases, but counting every shingle cost more than it saved.)
 */
import { PostingLists } from './posting-lists.js';

export const DUPLICATE_THRESHOLD = 0.8;
const SHINGLE_WORDS = 3;

export interface Candidate {
  id: string;
  title: string;
  text: string;
}

export interface DuplicateMatch {
  /** Whether the match is an item already in the project or one earlier in the same import. */
  of: 'existing' | 'incoming';
  id: string;
  title: string;
  similarity: number;
}

const nonAscii = /[\u0080-\uffff]/;

/** Case and diacritics folded: what `normalise` splits into words. */
function fold(text: string): string {
  // ASCII has nothing to decompose or strip, and most lists are all ASCII.
  return (nonAscii.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text).toLowerCase();
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** The code point at `i` when it is a letter or digit; 0 when it is not (no word holds U+0000). */
function wordCodePoint(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? code : 0;
  const point = text.codePointAt(i)!;
  return letterOrDigit.test(String.fromCodePoint(point)) ? point : 0;
}

/** Start and end of each word of folded text (runs of letters and digits), flat: [start, end, start, end, …]. */
function wordSpans(folded: string): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const point = wordCodePoint(folded, i);
    if (point && start < 0) start = i;
    else if (!point && start >= 0) {
      spans.push(start, i);
      start = -1;
    }
    // The low half of a surrogate pair is part of the code point just read.
    if (point > 0xffff) i++;
  }
  if (start >= 0) spans.push(start, folded.length);
  return spans;
}

export function normalise(text: string): string[] {
  const folded = fold(text);
  const spans = wordSpans(folded);
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2) words.push(folded.slice(spans[k], spans[k + 1]));
  return words;
}

/** Sorted, distinct 30-bit hashes of the text's word shingles; a short text is one shingle. */
export function shingles(text: string): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const hashes = new Uint32Array(Math.max(1, words.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, words.length); k++) hash = Math.imul(hash ^ words[k]!, 0x01000193) ^ (hash >>> 15);
    // 30 bits: small integers V8 keeps unboxed.
    hashes[i] = hash & 0x3fffffff;
  }
  hashes.sort();
  // Distinct values, in place.
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.subarray(0, n);
}

/**
 * The FNV-1a hash of each word of the folded text (the words `normalise`
 * gives), in one pass, without a string per word. Text that is all ASCII is
 * not copied to fold it: there folding is lower case, done per letter.
 */
function wordHashes(text: string): Uint32Array {
  const folded = nonAscii.test(text) ? fold(text) : text;
  // Every word but the last ends in a separator: at most half the characters, rounded up, start one.
  const words = new Uint32Array((folded.length + 1) >> 1);
  let n = 0;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    let code = folded.charCodeAt(i);
    let isWord: boolean;
    let astral = false;
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      isWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    } else {
      const point = folded.codePointAt(i)!;
      isWord = letterOrDigit.test(String.fromCodePoint(point));
      astral = point > 0xffff;
    }
    if (isWord) {
      if (!inWord) hash = 0x811c9dc5;
      inWord = true;
      // Over UTF-16 code units, both halves of a surrogate pair.
      hash = Math.imul(hash ^ code, 0x01000193);
      if (astral) hash = Math.imul(hash ^ folded.charCodeAt(++i), 0x01000193);
    } else {
      if (inWord) words[n++] = hash >>> 0;
      inWord = false;
      if (astral) i++;
    }
  }
  if (inWord) words[n++] = hash >>> 0;
  return words.subarray(0, n);
}

/**
 * The Jaccard similarity of two token sets (shared over all) when it reaches
 * `threshold`, else null: the walk gives up
 * as soon as too few tokens are left to share, which is after a few steps for
 * most of the candidates an index proposes.
 */
export function jaccardAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): number | null {
  const total = a.length + b.length;
  const most = Math.min(a.length, b.length);
  // The fewest shared tokens that reach the threshold, by the very division made at the end.
  let need = Math.ceil((threshold * total) / (1 + threshold));
  while (need > 0 && (need - 1) / (total - need + 1) >= threshold) need--;
  while (need <= most && need / (total - need) < threshold) need++;
  if (need > most || total === 0) return null;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else {
      if (a[i]! < b[j]!) i++;
      else j++;
      if (shared + Math.min(a.length - i, b.length - j) < need) return null;
    }
  }
  return shared >= need ? shared / (total - shared) : null;
}

/**
 * For each incoming text, its closest match at or above the threshold among
 * the existing items and the incoming ones before it, or null.
 */
export function findDuplicates(existing: Candidate[], incoming: Candidate[], threshold = DUPLICATE_THRESHOLD): (DuplicateMatch | null)[] {
  // The candidates with text, existing ones first: each incoming one meets those before it.
  const entries: { candidate: Candidate; set: Uint32Array; of: DuplicateMatch['of'] }[] = [];
  for (const candidate of existing) {
    const set = shingles(candidate.text);
    if (set.length) entries.push({ candidate, set, of: 'existing' });
  }
  const entryOf = incoming.map((candidate) => {
    const set = shingles(candidate.text);
    return set.length ? entries.push({ candidate, set, of: 'incoming' }) - 1 : -1;
  });
  const index = new PostingLists(entries.map(({ set }) => set.subarray(0, set.length - Math.ceil(threshold * set.length) + 1)));
  return entryOf.map((at) => {
    if (at < 0) return null;
    const { set } = entries[at]!;
    let best: DuplicateMatch | null = null;
    for (const earlier of index.earlier(at)) {
      const other = entries[earlier]!;
      const similarity = jaccardAtLeast(set, other.set, threshold);
      if (similarity !== null && (!best || similarity > best.similarity)) {
        best = { of: other.of, id: other.candidate.id, title: other.candidate.title, similarity };
      }
    }
    return best;
  });
}
