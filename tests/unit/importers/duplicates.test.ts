import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, findDuplicates, jaccardAtLeast, normalise, shingles } from '../../../main/importers/duplicates.js';

/** Jaccard similarity walked in full: the reference the early-exit walk must agree with. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
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

const text = 'Op woensdagmiddag schuiven buurtbewoners aan bij de kookclub in het wijkcentrum en eten samen';

describe('duplicates', () => {
  it('normalises case, diacritics and punctuation', () => {
    expect(normalise('De Reünie — café “De Zwaan”!')).toEqual(['de', 'reunie', 'cafe', 'de', 'zwaan']);
    // Letters and digits of any script, outside the Basic Multilingual Plane too; emoji are not words.
    expect(normalise('ΣΟΦΟΣ, 𝒜lpha ٣٤ 😀 straße')).toEqual(['σοφος', '𝒜lpha', '٣٤', 'straße']);
    expect(jaccard(shingles('De reünie.'), shingles('de REUNIE'))).toBe(1);
  });

  it('flags texts at or above the threshold, not below', () => {
    const words = text.split(' ');
    const oneChanged = [...words.slice(0, -1), 'gezellig'].join(' ');
    const halfChanged = [...words.slice(0, 7), 'en', 'daarna', 'gaan', 'ze', 'naar', 'huis'].join(' ');
    expect(jaccard(shingles(text), shingles(oneChanged))).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(jaccard(shingles(text), shingles(halfChanged))).toBeLessThan(DUPLICATE_THRESHOLD);
    const matches = findDuplicates(
      [{ id: 'a', title: 'Kookclub', text }],
      [
        { id: 'x', title: 'Bijna gelijk', text: oneChanged },
        { id: 'y', title: 'Half anders', text: halfChanged },
        { id: 'z', title: 'Nog eens half', text: halfChanged },
        { id: 'e', title: 'Leeg', text: '' },
      ],
    );
    expect(matches.map((m) => m && [m.of, m.id])).toEqual([['existing', 'a'], null, ['incoming', 'y'], null]);
  });

  it('gives up on a pair below the threshold and agrees with jaccard on the others', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const set = () => Uint32Array.from(new Set(Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * 16)))).sort();
    for (let i = 0; i < 5_000; i++) {
      const [a, b] = [set(), set()];
      const threshold = [DUPLICATE_THRESHOLD, 0.5, 2 / 3, 1][i % 4]!;
      const similarity = jaccard(a, b);
      expect(jaccardAtLeast(a, b, threshold)).toBe(similarity >= threshold && a.length + b.length > 0 ? similarity : null);
    }
  });

  it('finds the same pairs as comparing every pair, on many texts', () => {
    const vocabulary = 'de het een buurt zorg mantelzorger wijk team vrijwilliger koffie samen helpen vraag tijd'.split(' ');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sentence = () => Array.from({ length: 12 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    const existing = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, title: '', text: sentence() }));
    const incoming = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? { id: `i${i}`, title: '', text: `${existing[i]!.text} koffie` } : { id: `i${i}`, title: '', text: sentence() },
    );
    const fast = findDuplicates(existing, incoming);
    const all = [...existing.map((e) => ({ ...e, of: 'existing' as const }))];
    const slow = incoming.map((item) => {
      let best: { id: string; similarity: number } | null = null;
      for (const other of all) {
        const similarity = jaccard(shingles(item.text), shingles(other.text));
        if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { id: other.id, similarity };
      }
      all.push({ ...item, of: 'existing' });
      return best?.similarity ?? null;
    });
    expect(fast.map((m) => m?.similarity ?? null)).toEqual(slow);
    expect(fast.filter(Boolean).length).toBeGreaterThanOrEqual(100);
  });
});
