// Every kind of PNG comes out of the PDF with its own pixels: the opaque ones
// with their data passed through (PNG predictors), the transparent ones decoded
// with a soft mask. Checked by rendering the page with poppler.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { embedPng } from '../../../../../main/export/pdf/images/index.js';
import { readPngFile } from '../../../../../main/export/pdf/images/png-file.js';
import { artifactPath } from '../fixtures.js';
import { encodePng, type PngSpec, type Rgba } from './png-encode.js';

const SIZE = 40;
const PAGE = 80;

/** Each quadrant of the image in one colour: top-left, top-right, bottom-left, bottom-right. */
function quadrants(colours: readonly [Rgba, Rgba, Rgba, Rgba]): PngSpec['pixel'] {
  return (x, y) => colours[(y < SIZE / 2 ? 0 : 2) + (x < SIZE / 2 ? 0 : 1)]!;
}

const grey = (v: number, a = 255): Rgba => [v, v, v, a];
const COLOURS: [Rgba, Rgba, Rgba, Rgba] = [[200, 30, 40, 255], [20, 120, 200, 255], [250, 220, 90, 255], [30, 50, 60, 255]];
const GREYS: [Rgba, Rgba, Rgba, Rgba] = [grey(0), grey(255), grey(136), grey(51)];
const SEE_THROUGH: [Rgba, Rgba, Rgba, Rgba] = [[200, 30, 40, 255], [20, 120, 200, 0], [250, 220, 90, 128], [30, 50, 60, 255]];
const GREY_SEE_THROUGH: [Rgba, Rgba, Rgba, Rgba] = [grey(0, 255), grey(0, 0), grey(0, 128), grey(136, 255)];

interface Case {
  readonly name: string;
  readonly spec: Omit<PngSpec, 'width' | 'height' | 'pixel'>;
  readonly colours: readonly [Rgba, Rgba, Rgba, Rgba];
  readonly passesThrough: boolean;
}

const cases: Case[] = [
  { name: 'grey, 1 bit', spec: { colourType: 0, bitDepth: 1 }, colours: [grey(0), grey(255), grey(255), grey(0)], passesThrough: true },
  { name: 'grey, 4 bits', spec: { colourType: 0, bitDepth: 4 }, colours: GREYS, passesThrough: true },
  { name: 'grey, 8 bits', spec: { colourType: 0, bitDepth: 8 }, colours: GREYS, passesThrough: true },
  { name: 'grey, 16 bits', spec: { colourType: 0, bitDepth: 16 }, colours: GREYS, passesThrough: true },
  { name: 'RGB, 8 bits', spec: { colourType: 2, bitDepth: 8 }, colours: COLOURS, passesThrough: true },
  { name: 'RGB, 16 bits', spec: { colourType: 2, bitDepth: 16 }, colours: COLOURS, passesThrough: true },
  { name: 'palette, 8 bits', spec: { colourType: 3, bitDepth: 8, palette: COLOURS }, colours: COLOURS, passesThrough: true },
  { name: 'palette, 2 bits', spec: { colourType: 3, bitDepth: 2, palette: COLOURS }, colours: COLOURS, passesThrough: true },
  {
    name: 'palette with transparency',
    spec: { colourType: 3, bitDepth: 8, palette: SEE_THROUGH, paletteAlpha: true },
    colours: SEE_THROUGH,
    passesThrough: false,
  },
  { name: 'grey and alpha, 8 bits', spec: { colourType: 4, bitDepth: 8 }, colours: GREY_SEE_THROUGH, passesThrough: false },
  { name: 'RGBA, 8 bits', spec: { colourType: 6, bitDepth: 8 }, colours: SEE_THROUGH, passesThrough: false },
  { name: 'RGBA, 16 bits', spec: { colourType: 6, bitDepth: 16 }, colours: SEE_THROUGH, passesThrough: false },
];

/** The colour seen on a white page. */
function overWhite([r, g, b, a]: Rgba): [number, number, number] {
  const mix = (c: number): number => Math.round((c * a + 255 * (255 - a)) / 255);
  return [mix(r), mix(g), mix(b)];
}

async function renderOnePage(png: Uint8Array, name: string): Promise<PNG> {
  const doc = await PDFDocument.create();
  doc.addPage([PAGE, PAGE]).drawImage(await embedPng(doc, png), { x: 0, y: 0, width: PAGE, height: PAGE });
  const file = artifactPath(`png-${name.replace(/\W+/gu, '-')}.pdf`);
  writeFileSync(file, await doc.save());
  const prefix = file.replace(/\.pdf$/u, '');
  execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', file, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

describe.each(cases)('$name', ({ name, spec, colours, passesThrough }) => {
  const png = encodePng({ ...spec, width: SIZE, height: SIZE, pixel: quadrants(colours) });

  test('shows the same colours on the page', async () => {
    const pixels = await renderOnePage(png, name);
    expect([pixels.width, pixels.height]).toEqual([PAGE, PAGE]);
    const centres = [[PAGE / 4, PAGE / 4], [(3 * PAGE) / 4, PAGE / 4], [PAGE / 4, (3 * PAGE) / 4], [(3 * PAGE) / 4, (3 * PAGE) / 4]] as const;
    centres.forEach(([x, y], i) => {
      const at = (y * PAGE + x) * 4;
      const seen = [pixels.data[at]!, pixels.data[at + 1]!, pixels.data[at + 2]!];
      const expected = overWhite(colours[i]!);
      seen.forEach((c, k) => expect(Math.abs(c - expected[k]!), `quadrant ${i}: ${seen.join(',')} for ${expected.join(',')}`).toBeLessThanOrEqual(3));
    });
  });

  test(passesThrough ? 'passes its compressed data through' : 'is decoded, with its alpha as a soft mask', async () => {
    const doc = await PDFDocument.create();
    const image = await embedPng(doc, png);
    const stream = doc.context.lookup(image.ref);
    if (!(stream instanceof PDFRawStream)) throw new Error('the image is not a stream');
    const parms = stream.dict.get(PDFName.of('DecodeParms'));
    if (passesThrough) {
      expect(parms).toBeInstanceOf(PDFDict);
      expect((parms as PDFDict).get(PDFName.of('Predictor'))?.toString()).toBe('15');
      expect(Buffer.from(stream.contents).equals(Buffer.from(readPngFile(png).data))).toBe(true);
      expect(stream.dict.get(PDFName.of('SMask'))).toBeUndefined();
    } else {
      expect(parms).toBeUndefined();
      expect(stream.dict.get(PDFName.of('SMask'))).toBeDefined();
    }
  });
});
