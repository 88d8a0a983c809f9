/** What the Publicatie screen says about a division the editor typed, before anything is saved. */
import { describe, expect, it } from 'vitest';
import { bareWord, entryProblem, isWord, normalEntry, shownDivision, sortedEntries } from '../../../renderer/publication/divisions.js';

const entries = ['man-tel-zorg-on-der-steu-ning', 'Lingedelta'];

describe('entryProblem', () => {
  it.each(['do-cent-on-der-zoe-ker', 'zorg', 'ge-ïn-te-greerd', "zo'n-der", '  wijk-team  '])('takes %o', (text) => {
    expect(entryProblem(text, entries)).toBeNull();
  });

  it.each([
    ['mantel--zorg', 'ui.hyphenation.invalid'],
    ['-mantelzorg', 'ui.hyphenation.invalid'],
    ['mantel zorg', 'ui.hyphenation.invalid'],
    ['zorg2', 'ui.hyphenation.invalid'],
    ['a', 'ui.hyphenation.tooShort'],
    ['a'.repeat(101), 'ui.hyphenation.tooLong'],
  ])('refuses %o', (text, key) => {
    expect(entryProblem(text, entries)).toEqual({ key });
  });

  it('refuses a word already in the list, however it is divided or capitalised', () => {
    expect(entryProblem('Mantel-zorg-ondersteuning', entries)).toEqual({ key: 'ui.hyphenation.duplicate', params: { word: 'man·tel·zorg·on·der·steu·ning' } });
    expect(entryProblem('linge-delta', entries)).toMatchObject({ key: 'ui.hyphenation.duplicate' });
  });

  it('lets an entry be changed into another division of the same word', () => {
    expect(entryProblem('lin-ge-del-ta', entries, 'Lingedelta')).toBeNull();
  });
});

describe('the helpers', () => {
  it('keep entries trimmed and in NFC', () => {
    expect(normalEntry('  ge-i\u0308n-te-greerd ')).toBe('ge-\u00efn-te-greerd');
    expect(bareWord(' man-tel-zorg ')).toBe('mantelzorg');
  });

  it('ask the patterns only about a word', () => {
    expect(isWord('mantelzorg')).toBe(true);
    expect(isWord('man-tel')).toBe(false);
    expect(isWord('a')).toBe(false);
    expect(isWord('zorg!')).toBe(false);
  });

  it('show a division with middle dots, and sort as a Dutch word list', () => {
    expect(shownDivision('man-tel-zorg')).toBe('man·tel·zorg');
    expect(sortedEntries(['zorg-pad', 'Lingedelta', 'ijs-beer', 'al-ler-gie'])).toEqual(['al-ler-gie', 'ijs-beer', 'Lingedelta', 'zorg-pad']);
  });
});
