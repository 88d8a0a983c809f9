import { describe, expect, it } from 'vitest';
import { locate } from '../../../main/review/locate.js';
import { offsetMap } from '../../../main/review/offset-map.js';
import { indexDoc } from '../../../main/review/text-index.js';
import { body, node, para } from './docs.js';

const index = (...paragraphs: string[]) => indexDoc(node(body(...paragraphs.map((p) => para(p)))));
const textOf = (i: ReturnType<typeof index>, r: { start: number; end: number }) => i.text.slice(r.start, r.end);

describe('finding a passage again', () => {
  it('by its quote and context, choosing the occurrence whose surroundings agree', () => {
    const text = index('In de wijk zijn het vaak vrijwilligers in de wijk die iets merken.');
    const found = locate({ quote: 'in de wijk', prefix: 'vaak vrijwilligers ', suffix: ' die iets' }, text, null)!;
    expect(found.placement).toBe('exact');
    expect(found.range.start).toBe(text.text.lastIndexOf('in de wijk'));
  });

  it('across whitespace differences: tabs, non-breaking spaces, line breaks', () => {
    const text = index('Een middag aan de keukentafel in Gorinchem.');
    const found = locate({ quote: 'de\tkeukentafel\u00a0in', prefix: 'middag  aan ', suffix: ' Gorinchem' }, text, null)!;
    expect(textOf(text, found.range)).toBe('de keukentafel in');
  });

  it('between its surrounding words when the passage itself was changed', () => {
    const text = index('Mantelzorgers vertelden over de zorg voor hun oude ouders en over hun werk.');
    const found = locate({ quote: 'de zorg voor hun ouders', prefix: 'Mantelzorgers vertelden over ', suffix: ' en over hun werk.' }, text, null)!;
    expect(found.placement).toBe('context');
    expect(textOf(text, found.range)).toBe('de zorg voor hun oude ouders');
  });

  it('not at a short quote that happens to occur with other words around it', () => {
    const text = index('Het is de buurvrouw die belt.', 'De gemeente belt nooit.');
    const found = locate({ quote: 'belt', prefix: 'zegt dat de huisarts ', suffix: ' als er iets is' }, text, text.text.length)!;
    expect(found.placement).toBe('nearest');
  });

  it('at the nearest word when the passage is gone', () => {
    const text = index('Mantelzorgers vertelden over en over hun werk.');
    const found = locate({ quote: 'de zorg voor hun ouders', prefix: 'vertelden over ', suffix: ' en over hun' }, text, null)!;
    expect(found.placement).toBe('nearest');
    expect(['over', 'en']).toContain(textOf(text, found.range));
  });
});

describe('mapping places between versions of a text', () => {
  it('keeps places in surviving lines, follows changed lines and skips deleted ones', () => {
    const changed = offsetMap('een\ntwee drie\nvijf', 'nul\neen\ntwee en drie\nvijf');
    expect(changed(0)).toBe(4); // "een" moved down one line
    expect(changed(4 + 5)).toBe(8 + 5); // the same place in the changed line
    const deleted = offsetMap('een\ntwee\nvier\nvijf', 'een\ntwee\nvijf');
    expect(deleted('een\ntwee\nvi'.length)).toBe('een\ntwee\n'.length); // "vier" is gone: where "vijf" starts
  });
});
