// What is read as vectors and what is left to the raster: anything PDF does
// not paint plainly answers null, so that the picture is rasterised as before
// rather than painted wrong. The inputs go through usvg first, as in an export.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { readVectorDrawing, type VectorDrawing } from '../../../../../main/export/pdf/vector/index.js';
import { quartersJpeg, withOrientation } from '../../../../support/image-files.js';

function read(body: string, root = 'width="100" height="50" viewBox="0 0 100 50"'): VectorDrawing | null {
  return readVectorDrawing(new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${root}>${body}</svg>`).toString());
}

const PNG_DOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('left to the raster', () => {
  test.each([
    ['a pattern', '<pattern id="p" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="2" height="2"/></pattern><rect width="50" height="50" fill="url(#p)"/>'],
    ['a mask', '<mask id="m"><rect width="50" height="50" fill="white" opacity="0.5"/></mask><rect width="50" height="50" mask="url(#m)"/>'],
    ['a filter', '<filter id="f"><feGaussianBlur stdDeviation="2"/></filter><rect width="50" height="50" filter="url(#f)"/>'],
    ['an embedded SVG', `<image width="10" height="10" xlink:href="data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>').toString('base64')}"/>`],
    ['a photo the camera turned', `<image width="10" height="10" xlink:href="data:image/jpeg;base64,${withOrientation(quartersJpeg, 6).toString('base64')}"/>`],
    ['a gradient on a stroke', '<linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient><path d="M0 0 L50 50" stroke="url(#g)"/>'],
    ['a reflected gradient', '<linearGradient id="g" x2="0.2" spreadMethod="reflect"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient><rect width="50" height="50" fill="url(#g)"/>'],
    ['a clip of two shapes', '<clipPath id="c"><rect width="10" height="10"/><rect x="20" width="10" height="10"/></clipPath><rect width="50" height="50" clip-path="url(#c)"/>'],
    ['a blend mode', '<g style="mix-blend-mode:multiply"><rect width="50" height="50" fill="red"/></g>'],
  ])('%s', (_, body) => {
    expect(read(body)).toBeNull();
  });
});

describe('read as vectors', () => {
  test('a shape, its stroke and its translucent fill', () => {
    const drawing = read('<rect x="10" y="10" width="20" height="10" fill="#336699" fill-opacity="0.5" stroke="#000" stroke-width="2" stroke-dasharray="3 1"/>');
    expect(drawing?.children).toEqual([
      expect.objectContaining({
        kind: 'path',
        fill: { paint: { kind: 'colour', colour: [0x33 / 255, 0x66 / 255, 0x99 / 255] }, opacity: 0.5, evenOdd: false },
        stroke: expect.objectContaining({ width: 2, dash: [3, 1], colour: [0, 0, 0] }),
      }),
    ]);
  });

  test("a gradient's stops keep their opacities, the fill its own", () => {
    const drawing = read('<linearGradient id="g"><stop offset="0" stop-color="red" stop-opacity="0.4"/><stop offset="1" stop-color="blue" stop-opacity="0.9"/></linearGradient><rect width="50" height="50" fill="url(#g)" fill-opacity="0.5"/>');
    const path = drawing?.children[0];
    const fill = path?.kind === 'path' ? path.fill : null;
    expect(fill?.opacity).toBe(0.5);
    expect(fill?.paint.kind === 'gradient' && fill.paint.gradient.stops.map((stop) => stop.opacity)).toEqual([0.4, 0.9]);
  });

  test('a viewBox that does not fit the viewport is centred, as preserveAspectRatio asks by default', () => {
    expect(read('<rect width="10" height="10"/>', 'width="100" height="50" viewBox="0 0 10 10"')?.viewBox).toEqual([5, 0, 0, 5, 25, 0]);
    expect(read('<rect width="10" height="10"/>', 'width="100" height="50" viewBox="0 0 10 10" preserveAspectRatio="none"')?.viewBox).toEqual([10, 0, 0, 5, 0, 0]);
  });

  test('an embedded PNG, once however often it is placed', () => {
    const drawing = read(`<image width="10" height="10" xlink:href="${PNG_DOT}"/><image x="20" width="10" height="10" xlink:href="${PNG_DOT}"/>`);
    const [a, b] = drawing?.children ?? [];
    expect(a?.kind === 'image' && b?.kind === 'image' && a.bytes === b.bytes).toBe(true);
  });

  test('what usvg did not write is not read', () => {
    expect(readVectorDrawing('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="m 0 0 l 5 5" fill="red"/></svg>')).toBeNull();
    expect(readVectorDrawing('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M 0 0 L 5 5" fill="red" filter="url(#x)"/></svg>')).toBeNull();
    expect(readVectorDrawing('not svg')).toBeNull();
  });
});
