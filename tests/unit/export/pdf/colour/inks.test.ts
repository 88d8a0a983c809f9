// The inks a document's colours are written in: the template's for the press,
// RGB on screen.
import { ColorTypes } from 'pdf-lib';
import { expect, test } from 'vitest';
import { hexColor, Inks } from '../../../../../main/export/pdf/colour/index.js';
import { loadTemplate } from '../../../../../main/export/template/index.js';

test('the print edition writes a colour the template gives an ink in that ink, whatever the case of its hex', () => {
  const inks = Inks.forPrint({ '#1D2327': [0, 0, 0, 100], '#1f6f78': [85, 30, 40, 15] });
  expect(inks.hex('#1d2327')).toEqual({ type: ColorTypes.CMYK, cyan: 0, magenta: 0, yellow: 0, key: 1 });
  expect(inks.of(hexColor('#1F6F78'))).toEqual({ type: ColorTypes.CMYK, cyan: 0.85, magenta: 0.3, yellow: 0.4, key: 0.15 });
  expect(inks.fill(hexColor('#1d2327')).toString()).toBe('0 0 0 1 k');
  expect(inks.hexStroke('#1d2327').toString()).toBe('0 0 0 1 K');
  // Frames and drawings name their colours by hex: the same inks.
  expect(inks.hexFillText('#1F6F78')).toBe('0.85 0.3 0.4 0.15 k');
  expect(inks.hexFill('#1d2327')).toBe(inks.hexFill('#1d2327'));
  expect(inks.blackOnly('#1d2327')).toBe(true);
  expect(inks.blackOnly('#1f6f78')).toBe(false);
});

test('a colour without an ink, and every colour on screen, stays RGB', () => {
  const inks = Inks.forPrint({ '#1d2327': [0, 0, 0, 100] });
  expect(inks.hex('#eef5f6')).toBe(hexColor('#eef5f6'));
  expect(inks.blackOnly('#eef5f6')).toBe(false);
  expect(Inks.screen.hex('#1d2327')).toBe(hexColor('#1d2327'));
  expect(Inks.screen.fillText(hexColor('#1d2327'))).toMatch(/ rg$/u);
});

test('both templates print their body text in black alone', () => {
  for (const id of ['werkplaats-a4', 'bundel-a5']) {
    const template = loadTemplate(id);
    expect(Inks.forPrint(template.inks).blackOnly(template.body.color), id).toBe(true);
  }
});
