/**
 * Near-duplicate text: word 3-shingles over normalised text (case and
 * diacritics folded, punctuation dropped), compared by Jaccard similarity.
 * Candidates come from a prefix-filtered inverted index (two sets with
 * Jaccard ≥ t must share a token among the first |A| − ⌈t·|A|⌉ + 1 of each
 * in one global order, here the hashes'), so thousands of rows need not
 * meet every item. (Rarest-first order would shorten the index lists for
 * common phrases, but counting every shingle cost more than it saved.)
 */
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

export function normalise(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Sorted, distinct 30-bit hashes of the text's word shingles; a short text is one shingle. */
export function shingles(text: string): Uint32Array {
  const words = normalise(text).map(fnv1a);
  if (words.length === 0) return new Uint32Array(0);
  const hashes = new Uint32Array(Math.max(1, words.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, words.length); k++) hash = Math.imul(hash ^ words[k]!, 0x01000193) ^ (hash >>> 15);
    // 30 bits: small integers V8 keeps unboxed, which makes the frequency map several times faster.
    hashes[i] = hash & 0x3fffffff;
  }
  hashes.sort();
  // Distinct values, in place.
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.subarray(0, n);
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * For each incoming text, its closest match at or above the threshold among
 * the existing items and the incoming ones before it, or null.
 */
export function findDuplicates(existing: Candidate[], incoming: Candidate[], threshold = DUPLICATE_THRESHOLD): (DuplicateMatch | null)[] {
  const sets = [...existing, ...incoming].map((c) => shingles(c.text));
  const prefix = (set: Uint32Array) => set.subarray(0, set.length - Math.ceil(threshold * set.length) + 1);

  const index = new Map<number, number[]>();
  const entries: { candidate: Candidate; set: Uint32Array; of: DuplicateMatch['of'] }[] = [];
  const add = (candidate: Candidate, set: Uint32Array, tokens: Uint32Array, of: DuplicateMatch['of']) => {
    const at = entries.push({ candidate, set, of }) - 1;
    for (const token of tokens) {
      const list = index.get(token);
      if (list) list.push(at);
      else index.set(token, [at]);
    }
  };
  existing.forEach((item, i) => {
    const set = sets[i]!;
    if (set.length) add(item, set, prefix(set), 'existing');
  });
  return incoming.map((item, i) => {
    const set = sets[existing.length + i]!;
    if (set.length === 0) return null;
    const tokens = prefix(set);
    let best: DuplicateMatch | null = null;
    const seen = new Set<number>();
    for (const token of tokens) {
      for (const at of index.get(token) ?? []) {
        if (seen.has(at)) continue;
        seen.add(at);
        const other = entries[at]!;
        // Sets whose sizes differ too much cannot reach the threshold.
        if (other.set.length < threshold * set.length || set.length < threshold * other.set.length) continue;
        const similarity = jaccard(set, other.set);
        if (similarity >= threshold && (!best || similarity > best.similarity)) {
          best = { of: other.of, id: other.candidate.id, title: other.candidate.title, similarity };
        }
      }
    }
    add(item, set, tokens, 'incoming');
    return best;
  });
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
