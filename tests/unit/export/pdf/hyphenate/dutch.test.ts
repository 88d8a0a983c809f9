import { describe, expect, test } from 'vitest';
import {
  DUTCH,
  Hyphenator,
  hyphenatorFor,
  patternDivision,
  textAfterBreak,
  textBeforeBreak,
} from '../../../../../main/export/pdf/hyphenate/index.js';

/** The word with "-" at every hyphenation point and "|" after an explicit hyphen. */
function marked(token: string, hyphenator: Hyphenator = DUTCH): string {
  const { word, breaks } = hyphenator.hyphenate(token);
  let out = '';
  let last = 0;
  for (const brk of breaks) {
    out += word.slice(last, brk.at) + (brk.explicit ? '|' : '-');
    last = brk.at;
  }
  return out + word.slice(last);
}

/** Every way the word can be split over two lines, as "before / after". */
function splits(token: string): string[] {
  const hyphenation = DUTCH.hyphenate(token);
  return hyphenation.breaks.map((b) => `${textBeforeBreak(hyphenation, b)} / ${textAfterBreak(hyphenation, b)}`);
}

describe('Dutch hyphenation', () => {
  test('splits compounds at their parts and syllables', () => {
    expect(marked('ziekenhuisopname')).toBe('zie-ken-huis-op-na-me');
    expect(marked('wijkverpleegkundige')).toBe('wijk-ver-pleeg-kun-di-ge');
    expect(marked('rijksoverheid')).toBe('rijks-over-heid');
    expect(marked('Ondersteuning')).toBe('On-der-steu-ning');
  });

  test('never splits the "ij"', () => {
    const words = ['vrijwilligers', 'bijeenkomst', 'rijstijl', 'vrijetijdsbesteding', 'wijkverpleegkundige', 'bijenkorf',
      'tijdje', 'vrijheid', 'rijksoverheid', 'praktijkvoorbeeld', 'gezamenlijkheid', 'mogelijkheden', 'IJsselmeer'];
    for (const word of words) {
      const { word: text, breaks } = DUTCH.hyphenate(word);
      for (const { at } of breaks) expect(`${text.slice(at - 1, at + 1)} in ${word}`).not.toMatch(/^(ij|IJ|Ij) /);
    }
    expect(marked('vrijwilligers')).toBe('vrij-wil-li-gers');
  });

  test('leaves words of fewer than five letters alone', () => {
    for (const word of ['zorg', 'knie', 'idee', 'hoe', 'wijk', 'werk']) expect(DUTCH.hyphenate(word).breaks).toEqual([]);
    expect(DUTCH.hyphenate('buurt').breaks.length + DUTCH.hyphenate('lessen').breaks.length).toBeGreaterThan(0);
  });

  test('keeps at least two letters on each side of a break', () => {
    const words = ['ideeën', 'oliën', 'ruïne', 'abcdef', 'aanbeveling', 'e-mailadres', 'a-sociaal', 'overeenkomst', 'uitwisseling',
      'eenzaamheid', 'ouderenzorg', 'aanpak', 'ideaal', 'Italië', 'zeeën', 'opa-achtig'];
    for (const token of words) {
      const { word, breaks } = DUTCH.hyphenate(token);
      for (const { at } of breaks) {
        const before = word.slice(0, at).replace(/[-‐–]$/u, '').match(/[\p{L}’']+$/u)?.[0] ?? '';
        const after = word.slice(at).match(/^[\p{L}’']+/u)?.[0] ?? '';
        expect(`${before.length},${after.length} ${word}`).toMatch(/^([2-9]|\d\d),([2-9]|\d\d) /);
      }
    }
    // The e of e-mail is too short to end a line with.
    expect(marked('e-mailadres')).toBe('e-mail-adres');
    expect(splits('e-mailadres')).toEqual(['e-mail- / adres']);
  });

  test('drops the diaeresis where the break falls on it', () => {
    expect(splits('coördinatie')).toContain('co- / ordinatie');
    expect(splits('geïnteresseerd')).toContain('ge- / interesseerd');
    expect(splits('knieën')).toEqual(['knie- / en']);
    expect(splits('financiële')).toContain('financi- / ele');
    // Elsewhere in the word the diaeresis stays.
    expect(splits('coördinatie')).toContain('coör- / dinatie');
  });

  test('breaks after an explicit hyphen without adding one', () => {
    expect(marked('informatie-uitwisseling')).toBe('in-for-ma-tie-|uit-wis-se-ling');
    expect(splits('informatie-uitwisseling')).toContain('informatie- / uitwisseling');
    expect(splits('Noord-Brabant')).toContain('Noord- / Brabant');
    expect(splits('formeel–informeel')).toContain('formeel– / informeel');
  });

  test('normalises to NFC first, so decomposed input keeps its break points', () => {
    const decomposed = 'coo\u0308rdinatie';
    expect(DUTCH.hyphenate(decomposed).word).toBe('coördinatie');
    expect(marked(decomposed)).toBe(marked('coördinatie'));
  });

  test('hyphenates the letters of a token and not its punctuation', () => {
    expect(marked('(mantelzorgers),')).toBe('(man-tel-zor-gers),');
  });

  test('follows an author’s soft hyphens instead of the patterns', () => {
    expect(marked('op\u00adtimale')).toBe('op-timale');
  });

  test('does not hyphenate web or e-mail addresses', () => {
    expect(DUTCH.hyphenate('https://www.werkplaats.nl/verhalen').breaks).toEqual([]);
    expect(DUTCH.hyphenate('redactie@werkplaats.nl').breaks).toEqual([]);
  });
});

describe("the publication's own divisions", () => {
  const own = new Hyphenator(['man-tel-zorg-on-der-steu-ning', 'do-cent-on-der-zoe-ker', 'Lingedelta', 'ca-fé']);

  test('overrule the patterns where a compound of the domain joins', () => {
    expect(marked('mantelzorgondersteuning')).toBe('man-tel-zor-gon-der-steu-ning');
    expect(marked('mantelzorgondersteuning', own)).toBe('man-tel-zorg-on-der-steu-ning');
    expect(marked('docentonderzoeker', own)).toBe('do-cent-on-der-zoe-ker');
    expect(patternDivision('docentonderzoeker')).toEqual({ word: 'docentonderzoeker', breaks: [2, 5, 8, 11, 14] });
  });

  test('match the word in any case and with punctuation around it', () => {
    expect(marked('Mantelzorgondersteuning,', own)).toBe('Man-tel-zorg-on-der-steu-ning,');
    expect(marked('(docentonderzoeker)', own)).toBe('(do-cent-on-der-zoe-ker)');
    expect(marked('mantelzorgondersteuning-achtig', own)).toBe('man-tel-zorg-on-der-steu-ning-|ach-tig');
  });

  test('keep a word without divisions whole, and divide a short one as written', () => {
    expect(marked('Lingedelta')).toBe('Lin-ge-del-ta');
    expect(marked('Lingedelta.', own)).toBe('Lingedelta.');
    expect(marked('café', own)).toBe('ca-fé');
  });

  test('leave every other word to the patterns, and an author’s soft hyphens to the author', () => {
    expect(marked('ziekenhuisopname', own)).toBe('zie-ken-huis-op-na-me');
    expect(marked('mantel\u00adzorgondersteuning', own)).toBe('mantel-zorgondersteuning');
  });

  test('one hyphenator per list, so its cache and the typesetter’s outlive an export', () => {
    expect(hyphenatorFor([])).toBe(DUTCH);
    const first = hyphenatorFor(['man-tel-zorg', 'Lingedelta']);
    expect(hyphenatorFor(['Lingedelta', 'man-tel-zorg'])).toBe(first);
    expect(hyphenatorFor(['man-telzorg', 'Lingedelta'])).not.toBe(first);
    expect(new Hyphenator(['Lingedelta']).key).not.toBe(DUTCH.key);
  });
});
