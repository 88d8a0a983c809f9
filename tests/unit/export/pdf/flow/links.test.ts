// Link areas over linked text, anchors where their targets land, and the
// styles that reach the typesetter.
import { beforeAll, expect, test } from 'vitest';
import { flowChapter, type FlowContext } from '../../../../../main/export/pdf/flow/index.js';
import { chapter, contextFor, heading, paragraph, prose, text } from './helpers.js';
import { linesOf } from './inspect.js';

let ctx: FlowContext;
beforeAll(async () => {
  ctx = await contextFor('werkplaats-a4');
});

test('linked text gets a link area over its words, external and internal', () => {
  const linked = paragraph(
    'Lees meer op ',
    text('de site van de werkplaats', { link: 'https://www.werkplaats.example/' }),
    ' en in ',
    text('het volgende hoofdstuk', { link: '#ch2' }),
    '.',
  );
  const { pages } = flowChapter(chapter([linked]), ctx);
  const [page] = pages;
  const targets = page!.links.map((l) => l.target);
  expect(new Set(targets)).toEqual(new Set(['https://www.werkplaats.example/', '#ch2']));
  const body = linesOf(page!, 'body')[0]!;
  for (const link of page!.links) {
    expect(link.y).toBeGreaterThanOrEqual(body.y);
    expect(link.width).toBeGreaterThan(20);
    expect(link.x + link.width).toBeLessThanOrEqual(ctx.width + 0.01);
  }
});

test('emphasis, strong and upper-case labels reach the typesetter', () => {
  const { pages } = flowChapter(chapter([paragraph(text('nadruk', { em: true }), ' en ', text('kracht', { strong: true }))]), ctx);
  const lines = pages[0]!.items.flatMap((i) => (i.kind === 'lines' ? i.lines : []));
  // The line's fonts in the order its text sets them: 'nadruk', ' en ', 'kracht'.
  const line = lines.find((l) => l.reading.startsWith('nadruk en kracht'))!;
  const fonts = [...line.text.matchAll(/\/(\S+) [\d.]+ Tf/gu)].map((m) => m[1]);
  expect(fonts).toHaveLength(3);
  expect(fonts[0]).toMatch(/Italic/u);
  expect(fonts[1]).not.toMatch(/Italic|Bold/u);
  expect(fonts[2]).toMatch(/Bold/u);
  expect(linesOf(pages[0]!, 'title')[0]!.lines[0]!.reading).toBe('HOOFDSTUK 1');
});

test('anchors: the chapter at the top of its first page, sections where they land', () => {
  const { pages } = flowChapter(chapter([prose(1, 500), heading('Tweede deel', 1, 'sec2'), prose(2, 100)]), ctx);
  expect(pages[0]!.anchors[0]).toEqual({ anchor: 'ch1', y: 0 });
  const withSection = pages.filter((p) => p.anchors.some((a) => a.anchor === 'sec2'));
  expect(withSection).toHaveLength(1);
  const y = withSection[0]!.anchors.find((a) => a.anchor === 'sec2')!.y;
  expect(linesOf(withSection[0]!, 'heading')[0]!.y).toBe(y);
});
