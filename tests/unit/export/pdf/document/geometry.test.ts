import { describe, expect, test } from 'vitest';
import { bleedRect, isRightPage, mm, pageGeometry, textArea } from '../../../../../main/export/pdf/document/geometry.js';
import { loadTemplate } from '../../../../../main/export/template/index.js';

describe('page geometry', () => {
  const a4 = loadTemplate('werkplaats-a4');
  const a5 = loadTemplate('bundel-a5');

  test('the screen edition is the trim size', () => {
    const g = pageGeometry(a4, 'screen');
    expect(g.mediaWidth).toBeCloseTo(595.28, 2);
    expect(g.mediaHeight).toBeCloseTo(841.89, 2);
    expect([g.trimX, g.trimY, g.bleed]).toEqual([0, 0, 0]);
  });

  test('the print edition adds the bleed and room for crop marks around the trim', () => {
    const g = pageGeometry(a5, 'print');
    expect(g.trimWidth).toBeCloseTo(mm(148), 6);
    expect(g.bleed).toBeCloseTo(mm(3), 6);
    const bleed = bleedRect(g);
    expect(bleed.x).toBeCloseTo(g.trimX - mm(3), 6);
    expect(bleed.width).toBeCloseTo(mm(154), 6);
    expect(bleed.x).toBeGreaterThan(mm(5));
    expect(g.mediaWidth).toBeCloseTo(g.trimWidth + 2 * g.trimX, 6);
  });

  test('mirrors the inner and outer margins on left and right pages', () => {
    const g = pageGeometry(a5, 'screen');
    expect(isRightPage(1)).toBe(true);
    expect(isRightPage(2)).toBe(false);
    // bundel-a5: inner 20 mm, outer 15 mm.
    expect(textArea(g, 3).x).toBeCloseTo(mm(20), 6);
    expect(textArea(g, 4).x).toBeCloseTo(mm(15), 6);
    expect(textArea(g, 3).width).toBeCloseTo(textArea(g, 4).width, 6);
    expect(textArea(g, 3).y).toBeCloseTo(mm(20), 6);
  });
});
