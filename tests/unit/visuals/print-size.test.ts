/** How large an image prints, and whether it is sharp where the template sets it. */
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../main/export/template/index.js';
import { centimetres, printFit, sizeAtDpi } from '../../../main/model/index.js';
import { printColumn } from '../../../main/visuals/print-column.js';

describe('print size', () => {
  const a4 = printColumn(loadTemplate('werkplaats-a4'));
  const a5 = printColumn(loadTemplate('bundel-a5'));

  it('is the size at 300 dpi in centimetres, the Dutch way', () => {
    const mm = sizeAtDpi({ width: 1600, height: 1063 });
    expect(`${centimetres(mm.width, 'nl')} × ${centimetres(mm.height, 'nl')}`).toBe('13,5 × 9,0');
    expect(centimetres(mm.width, 'en')).toBe('13.5');
  });

  it('measures a figure against the text column of each template', () => {
    expect(a4).toMatchObject({ template: 'Werkplaats A4', width: 160 });
    expect(a5).toMatchObject({ template: 'Bundel A5', width: 113 });
    expect(printFit({ width: 1600, height: 1063 }, a4)).toMatchObject({ sharp: false, pixelsNeeded: 1890 });
    expect(printFit({ width: 1600, height: 1063 }, a5)).toMatchObject({ sharp: true, pixelsNeeded: 1335 });
  });

  it('lets a tall image print narrower than the column, so fewer pixels suffice', () => {
    const portrait = printFit({ width: 1000, height: 3000 }, a4);
    expect(portrait.placedWidth).toBeCloseTo(a4.maxHeight / 3);
    expect(portrait.placedWidth).toBeLessThan(a4.width);
    expect(portrait.sharp).toBe(true);
  });
});
