// HarfBuzz replaced fontkit's layout for shaping words (fonts/harfbuzz.ts): for
// every bundled face, Dutch words with kerning pairs, ligatures and diacritics
// must come out with the glyphs and positions fontkit gave.
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bundledFamilyFiles, type BundledFamilyName } from '../../../../../main/export/pdf/fonts/index.js';
import { HarfBuzzFont, loadHarfBuzz } from '../../../../../main/export/pdf/fonts/harfbuzz.js';

const words = [
  'mantelzorg', 'officieel', 'efficiënt', 'ruïne', 'coördinatie', 'financiële', 'gaf', 'fijn', 'afluisteren',
  'vrijwilligers', 'Wij', 'Tafel', 'Vraag', 'AVOND', 'T.V.', '15-03-2017', 'café', 'naïef', '“Zorg”', 'Ĳssel',
  'wijkverpleegkundige', 'Yvonne', 'Fryslân', 'ﬂ', '€ 12,50', 'zo’n', 'e-mail', 'Ärger', 'ﬁjn',
];
const families: BundledFamilyName[] = ['Source Serif 4', 'Source Sans 3'];

test.each(families)('%s: HarfBuzz shapes like fontkit', async (family) => {
  const harfBuzz = await loadHarfBuzz();
  for (const file of Object.values(bundledFamilyFiles(family))) {
    const bytes = new Uint8Array(readFileSync(file));
    const reference = fontkit.create(bytes);
    const shaper = new HarfBuzzFont(harfBuzz, bytes);
    for (const word of words) {
      const run = reference.layout(word, { kern: true, liga: true });
      const shaped = shaper.shape(word);
      const context = `${file}: ${word}`;
      expect(Array.from(shaped.glyphIds), context).toEqual(run.glyphs.map((g) => g.id));
      expect(Array.from(shaped.advances), context).toEqual(run.positions.map((p) => p.xAdvance));
      expect(Array.from(shaped.xOffsets), context).toEqual(run.positions.map((p) => p.xOffset));
      expect(Array.from(shaped.nominal), context).toEqual(run.glyphs.map((g) => g.advanceWidth));
      // What each glyph stands for is the text it was shaped from: fontkit took
      // it from the font instead, which spells the character "ﬂ" as "fl".
      expect(shaped.glyphTexts.join(''), context).toBe(word);
      if (!/[\ufb00-\ufb06]/.test(word)) {
        expect(shaped.glyphTexts, context).toEqual(run.glyphs.map((g) => String.fromCodePoint(...g.codePoints)));
      }
    }
  }
});

test('a ligature stands for all its characters and a break inside it finds no glyph', async () => {
  const harfBuzz = await loadHarfBuzz();
  const shaper = new HarfBuzzFont(harfBuzz, new Uint8Array(readFileSync(bundledFamilyFiles('Source Serif 4').regular)));
  const shaped = shaper.shape('officieel');
  expect(shaped.glyphTexts.join('')).toBe('officieel');
  expect(shaped.glyphTexts.some((t) => t.length > 1)).toBe(true);
  expect(shaped.glyphCount).toBeLessThan('officieel'.length);
});
