// Footnotes at the foot of the page that carries their reference, continued
// on the next page when they must be.
import { beforeAll, expect, test } from 'vitest';
import { flowChapter, type FlowContext, type PlacedRule } from '../../../../../main/export/pdf/flow/index.js';
import { chapter, contextFor, footnote, paragraph, prose } from './helpers.js';
import { contentBottom, linesOf, textOf } from './inspect.js';

let ctx: FlowContext;
beforeAll(async () => {
  ctx = await contextFor('werkplaats-a4', 400);
});

const rules = (items: readonly { kind: string }[]): PlacedRule[] => items.filter((i): i is PlacedRule => i.kind === 'rule');

test('a note is set at the foot of the page with its reference, under a short rule', () => {
  for (let words = 20; words <= 400; words += 30) {
    const withNote = paragraph('De gemeente betaalde de eerste maanden', footnote(1, 'Uit het verslag van de derde bijeenkomst.'), ' en daarna de deelnemers samen.');
    const { pages, audit } = flowChapter(chapter([prose(1, words), withNote, prose(2, 200)]), ctx);
    expect(audit).toEqual([]);
    const refPage = pages.findIndex((p) => textOf(p, 'body').includes('maanden1'));
    expect(refPage, `after ${words} words`).toBeGreaterThanOrEqual(0);
    const page = pages[refPage]!;
    expect(textOf(page, 'note')).toBe('Uit het verslag van de derde bijeenkomst.');
    expect(textOf(page, 'noteNumber')).toBe('1');
    const rule = rules(page.items)[0]!;
    expect(rule.x2 - rule.x1).toBe(ctx.template.footnotes.ruleLength);
    expect(rule.y1).toBeGreaterThan(contentBottom(page));
    // The note's last line ends at the foot of the text area.
    const note = linesOf(page, 'note')[0]!;
    expect(note.y + note.lines.reduce((s, l) => s + l.height, 0)).toBeCloseTo(ctx.height);
  }
});

test('a note too long for the room left continues on the next page under a full rule', () => {
  const longNote = footnote(4, 'Een lange toelichting. '.repeat(1) + 'De werkgroep sprak over vertrouwen, over korte lijnen, over een gemeenschappelijke taal tussen beleid en praktijk, en over wat bewoners zelf willen. '.repeat(6));
  let continued = 0;
  for (let words = 150; words <= 330; words += 12) {
    const { pages, audit } = flowChapter(chapter([prose(1, words), paragraph('Dit kwam vaak terug', longNote, '.'), prose(2, 300)]), ctx);
    expect(audit).toEqual([]);
    const refPage = pages.findIndex((p) => textOf(p, 'body').includes('terug4'));
    const page = pages[refPage]!;
    // At least the note's first two lines stand with the reference.
    expect(linesOf(page, 'note').reduce((n, l) => n + l.lines.length, 0)).toBeGreaterThanOrEqual(2);
    const next = pages[refPage + 1];
    if (next === undefined || linesOf(next, 'note').length === 0) continue;
    continued += 1;
    expect(linesOf(next, 'noteNumber')).toEqual([]);
    const rule = rules(next.items).find((r) => r.y1 > contentBottom(next))!;
    expect(rule.x2 - rule.x1).toBeCloseTo(ctx.width);
    expect(textOf(page, 'note') + ' ' + textOf(next, 'note')).toContain('wat bewoners zelf willen');
  }
  expect(continued).toBeGreaterThan(0);
});
