import { describe, expect, test } from 'vitest';
import { faceFor, FontFace } from '../../../../../main/export/pdf/fonts/index.js';
import { loadHarfBuzz } from '../../../../../main/export/pdf/fonts/harfbuzz.js';
import { advanceBefore } from '../../../../../main/export/pdf/fonts/shaped-text.js';
import { sourceSerif } from '../fixtures.js';

describe('font shaping', () => {
  test('kerns pairs: "AV" is narrower than "A" plus "V"', async () => {
    const face = (await sourceSerif()).regular;
    expect(face.widthOf('AV', 10)).toBeLessThan(face.widthOf('A', 10) + face.widthOf('V', 10) - 0.5);
    expect(face.widthOf('To', 10)).toBeLessThan(face.widthOf('T', 10) + face.widthOf('o', 10));
  });

  test('records the kerning as pen shifts between glyphs', async () => {
    const shaped = (await sourceSerif()).regular.shape('AVAVA');
    expect(shaped.glyphCount).toBe(5);
    expect([...shaped.shifts].slice(1, 5).every((s) => s < 0)).toBe(true);
    // Nominal advances plus shifts give back the shaped width.
    expect([...shaped.advances].reduce((a, b) => a + b, 0)).toBeCloseTo(shaped.width);
  });

  test('forms standard ligatures and keeps their letters', async () => {
    const face = (await sourceSerif()).regular;
    const shaped = face.shape('officieel');
    expect(shaped.glyphCount).toBe(7);
    expect(shaped.clusterStarts[2]).toBe(4);
    // A break inside the "ffi" ligature takes its share of the width.
    const within = advanceBefore(shaped, 2);
    expect(within).toBeGreaterThan(advanceBefore(shaped, 1));
    expect(within).toBeLessThan(advanceBefore(shaped, 4));
  });

  test('shapes each distinct string once', async () => {
    const face = (await sourceSerif()).regular;
    expect(face.shape('mantelzorger')).toBe(face.shape('mantelzorger'));
  });

  test('reports which characters it has', async () => {
    const face = (await sourceSerif()).regular;
    expect(face.hasGlyph('ë'.codePointAt(0)!)).toBe(true);
    expect(face.hasGlyph(0x4e2d)).toBe(false);
    expect(face.ascent).toBeGreaterThan(0);
    expect(face.descent).toBeGreaterThan(0);
  });

  test('maps bold and italic to the family’s faces', async () => {
    const family = await sourceSerif();
    expect(faceFor(family, false, false)).toBe(family.regular);
    expect(faceFor(family, true, true)).toBe(family.boldItalic);
    expect(family.bold.name).toMatch(/Bold/);
    expect(family.italic.name).toMatch(/Italic/);
    expect(family.bold.widthOf('zorg', 10)).not.toBeCloseTo(family.regular.widthOf('zorg', 10));
  });

  test('refuses WOFF fonts, which pdf-lib cannot embed safely', async () => {
    const woff = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]);
    const harfBuzz = await loadHarfBuzz();
    expect(() => new FontFace(woff, harfBuzz, 'x.woff2')).toThrow(/WOFF/);
  });
});
