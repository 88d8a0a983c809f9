// Figures: scaled into the measure and the height allowed, never split, and
// floated to the next page while the text after them flows on.
import { beforeAll, expect, test } from 'vitest';
import { flowChapter, type FlowContext, type PlacedImage } from '../../../../../main/export/pdf/flow/index.js';
import type { FigureImage } from '../../../../../main/export/tree/types.js';
import { chapter, contextFor, figure, heading, paragraph, prose } from './helpers.js';
import { bottomOf, linesOf, textOf } from './inspect.js';
import { spectrumData } from '../../../../../main/visuals/charts/spectrum-data.js';

let ctx: FlowContext;
beforeAll(async () => {
  ctx = await contextFor('werkplaats-a4');
});

const photo: FigureImage = { type: 'image', mime: 'image/png', bytes: new Uint8Array([1]), width: 1600, height: 1200 };
const portrait: FigureImage = { type: 'image', mime: 'image/jpeg', bytes: new Uint8Array([2]), width: 1000, height: 3000 };

test('an image fills the measure, or the largest height allowed', () => {
  const { pages } = flowChapter(chapter([figure(1, photo), figure(2, portrait)]), ctx);
  const images = pages.flatMap((p) => p.items.filter((i): i is PlacedImage => i.kind === 'image'));
  expect(images[0]!.width).toBeCloseTo(ctx.width);
  expect(images[0]!.height).toBeCloseTo(ctx.width * 0.75);
  expect(images[0]!.dpi).toBeCloseTo(1600 / (ctx.width / 72));
  expect(images[1]!.height).toBeCloseTo(ctx.template.figure.maxHeight * ctx.height);
  expect(images[1]!.x).toBeCloseTo((ctx.width - images[1]!.width) / 2);
});

test('a figure that does not fit moves to the next page while the text after it flows on', () => {
  const after = paragraph('Deze alinea staat na de figuur in de tekst, maar vult de pagina ervoor verder op.');
  // About two thirds of the first page filled: too little room left for the figure.
  const filler = [1, 2, 3, 4, 5].map((seed) => prose(seed, 60));
  const { pages, audit } = flowChapter(chapter([...filler, figure(1, photo), after, prose(9, 300)]), ctx);
  expect(audit).toEqual([]);
  const figurePage = pages.findIndex((p) => p.items.some((i) => i.kind === 'image'));
  expect(figurePage).toBeGreaterThan(0);
  // The text after the figure was set on the page before it, with no space left where the figure was.
  const before = linesOf(pages[figurePage - 1]!, 'body');
  const at = before.findIndex((l) => l.lines.some((line) => line.reading.startsWith('Deze alinea staat na de figuur')));
  expect(at).toBeGreaterThan(0);
  expect(before[at]!.y).toBeCloseTo(bottomOf(before[at - 1]!));
  // The figure opens its page, caption and credit with it, and its anchor is there.
  const page = pages[figurePage]!;
  const image = page.items.find((i): i is PlacedImage => i.kind === 'image')!;
  expect(image.y).toBe(0);
  expect(textOf(page, 'caption')).toContain('Figuur 1. Het spectrum');
  expect(textOf(page, 'source')).toContain('Beeld: Werkplaats');
  expect(page.anchors).toContainEqual({ anchor: 'fig1', y: 0 });
  // The text continues below it on that page.
  expect(linesOf(page, 'body').every((l) => l.y > image.height)).toBe(true);
});

test('figures keep their order when one has floated', () => {
  const filler = [1, 2, 3, 4, 5].map((seed) => prose(seed, 60));
  const { pages } = flowChapter(chapter([...filler, figure(1, photo), prose(7, 30), figure(2, photo), prose(9, 300)]), ctx);
  const order = pages.flatMap((p) => p.items.filter((i): i is PlacedImage => i.kind === 'image').map((i) => i.figure));
  expect(order).toEqual([1, 2]);
});

test('a chart is a drawing at the measure; a missing image a visible placeholder with a Dutch label', () => {
  const { pages } = flowChapter(
    chapter([figure(1, { type: 'chart', chart: 'spectrum', data: spectrumData([], 'nl') }, 'Posities'), figure(2, { type: 'missing' }, 'De keukentafel')]),
    ctx,
  );
  const items = pages.flatMap((p) => p.items);
  const drawing = items.find((i) => i.kind === 'drawing');
  expect(drawing).toMatchObject({ figure: 1, width: ctx.width, x: 0 });
  expect(drawing?.kind === 'drawing' && drawing.drawing.title).toBe('Posities');
  const labels = items.flatMap((i) => (i.kind === 'placeholder' ? [i.label] : []));
  expect(labels).toEqual(['Afbeelding ontbreekt: De keukentafel']);
});

test('a page that opens with figures floated to it may end below them: no heading, orphan or widow for want of a break', async () => {
  // A short page, filler of every length and figures of three sizes: the text after the
  // figures fills the page they floated from, and below them on the next page the room left
  // for the heading and its lines runs through every height.
  const short = await contextFor('werkplaats-a4', 400);
  const findings = [];
  for (const height of [440, 480, 520]) {
    for (let words = 20; words <= 300; words += 14) {
      const image = { ...photo, height };
      const blocks = [prose(1, words), figure(1, image), figure(2, image), prose(3, 70), heading('Wat u in deze bundel vindt'), prose(2, 80)];
      findings.push(...flowChapter(chapter(blocks), short).audit.map((f) => ({ height, words, ...f })));
    }
  }
  expect(findings).toEqual([]);
});
