import { describe, expect, test } from 'vitest';
import {
  formatDivision,
  HyphenationEntry,
  HyphenationList,
  hyphenationKey,
  parseHyphenationEntry,
  Publication,
  newPublication,
} from '../../../main/model/index.js';

describe("the publication's own word divisions", () => {
  test('an entry is letters divided by single hyphens, or a word never to divide', () => {
    for (const entry of ['man-tel-zorg-on-der-steu-ning', 'Lingedelta', 'co-ör-di-na-tie', 'zorg’s-ver-ze-ke-raar', 'ca-fé']) {
      expect(HyphenationEntry.safeParse(entry).success, entry).toBe(true);
    }
    for (const entry of ['mantel--zorg', '-zorg', 'zorg-', 'mantel zorg', 'zorg2', 'e-mail@adres', 'z', '']) {
      expect(HyphenationEntry.safeParse(entry).success, entry).toBe(false);
    }
  });

  test('a word is in the list once, whatever its case or division', () => {
    expect(HyphenationList.safeParse(['man-tel-zorg', 'Mantel-zorg']).success).toBe(false);
    expect(HyphenationList.safeParse(['man-tel-zorg', 'mantel-zorg-er']).success).toBe(true);
    expect(hyphenationKey('Man-tel-zorg')).toBe(hyphenationKey('mantelzorg'));
  });

  test('an entry reads as its word and the offsets of its divisions, and back', () => {
    const division = parseHyphenationEntry('man-tel-zorg-on-der-steu-ning');
    expect(division).toEqual({ word: 'mantelzorgondersteuning', breaks: [3, 6, 10, 12, 15, 19] });
    expect(formatDivision(division)).toBe('man-tel-zorg-on-der-steu-ning');
    expect(parseHyphenationEntry('Lingedelta')).toEqual({ word: 'Lingedelta', breaks: [] });
    // Decomposed input ("e" + combining diaeresis) is counted as the typesetter counts: in NFC.
    expect(parseHyphenationEntry('co-o\u0308r-di-na-tie').breaks).toEqual([2, 4, 6, 8]);
  });

  test('a publication stored before the list opens with an empty one', () => {
    const older: Record<string, unknown> = { ...newPublication('Oud') };
    delete older.hyphenation;
    expect(Publication.parse(older).hyphenation).toEqual([]);
  });
});
