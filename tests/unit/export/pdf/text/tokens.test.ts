// Words and spaces as the typesetter splits a paragraph's runs.
import { describe, expect, test } from 'vitest';
import { tokenize, type Token } from '../../../../../main/export/pdf/text/tokens.js';
import { sourceSerif } from '../fixtures.js';

async function tokens(...texts: string[]): Promise<string> {
  const family = await sourceSerif();
  const runs = texts.map((text, i) => ({ text, style: { family, size: 10, bold: i % 2 === 1 } }));
  return tokenize(runs).map(show).join('');
}

function show(token: Token): string {
  if (token.kind === 'word') return `[${token.parts.map((p) => p.text).join('|')}]`;
  return token.breakable ? '_' : '~';
}

describe('tokenize', () => {
  test('collapses every kind of white space between words into one space', async () => {
    expect(await tokens('zorg \t en\n\r welzijn\u2003in\u3000de\ufeffwijk')).toBe('[zorg]_[en]_[welzijn]_[in]_[de]_[wijk]');
  });

  test('keeps a no-break, figure or narrow no-break space unbreakable, also beside ordinary ones', async () => {
    expect(await tokens('artikel\u00a012, 1\u2007000 en 5\u202f% of art. \u00a07')).toBe('[artikel]~[12,]_[1]~[000]_[en]_[5]~[%]_[of]_[art.]~[7]');
  });

  test('drops spaces at the ends and joins a word across style runs', async () => {
    expect(await tokens('  zorg', 'vragers ', ' en ', 'mantel', 'zorgers  ')).toBe('[zorg|vragers]_[en]_[mantel|zorgers]');
  });

  test('keeps a space unbreakable when a no-break space meets an ordinary one across runs', async () => {
    expect(await tokens('zorg ', '\u00a0vragers', '  en\u00a0', ' mantel')).toBe('[zorg]~[vragers]_[en]~[mantel]');
  });

  test('gives the same space token for every space in a style', async () => {
    const family = await sourceSerif();
    const spaces = tokenize([{ text: 'een twee drie', style: { family, size: 10 } }]).filter((t) => t.kind === 'space');
    expect(spaces).toHaveLength(2);
    expect(spaces[0]).toBe(spaces[1]);
  });
});
