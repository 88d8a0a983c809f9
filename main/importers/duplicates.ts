/**
 * Near-duplicate text: word 3-shingles over normalised text (case and
 * diacritics folded, punctuation dropped), compared by Jaccard similarity.
 * Candidates come from a prefix-filtered inverted index (two sets with
 * Jaccard ≥ t must share a token among the first |A| − ⌈t·|A|⌉ + 1 of each
 * in one global order), so thousands of rows need not meet every item.
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

/** Sorted, distinct 32-bit hashes of the text's word shingles; a short text is one shingle. */
export function shingles(text: string): Uint32Array {
  const words = normalise(text);
  if (words.length === 0) return new Uint32Array(0);
  const set = new Set<number>();
  if (words.length < SHINGLE_WORDS) set.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set).sort();
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
  const index = new Map<number, number[]>();
  const entries: { candidate: Candidate; set: Uint32Array; of: DuplicateMatch['of'] }[] = [];
  const prefix = (set: Uint32Array) => set.subarray(0, set.length - Math.ceil(threshold * set.length) + 1);
  const add = (candidate: Candidate, set: Uint32Array, of: DuplicateMatch['of']) => {
    const at = entries.push({ candidate, set, of }) - 1;
    for (const token of prefix(set)) {
      const list = index.get(token);
      if (list) list.push(at);
      else index.set(token, [at]);
    }
  };
  for (const item of existing) {
    const set = shingles(item.text);
    if (set.length) add(item, set, 'existing');
  }
  return incoming.map((item) => {
    const set = shingles(item.text);
    if (set.length === 0) return null;
    let best: DuplicateMatch | null = null;
    const seen = new Set<number>();
    for (const token of prefix(set)) {
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
    add(item, set, 'incoming');
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
