import { describe, expect, it } from 'vitest';
import { anchorFor, markedText } from '../../../main/demo/anchors.js';
import { rich } from '../../../main/demo/markup.js';
import { plainText } from '../../../main/model/index.js';

describe('anchorFor', () => {
  it('quotes the marked text with up to 30 characters of plain text on either side', () => {
    const body = rich(
      '# Kop\n\nDit is een vrij lange aanloop naar de passage: {{t1: het **belangrijke** stuk}}, gevolgd door nog een hele tijd tekst.',
    );
    const anchor = anchorFor(body, 't1');
    expect(anchor).toEqual({
      quote: 'het belangrijke stuk',
      prefix: 'ange aanloop naar de passage: ',
      suffix: ', gevolgd door nog een hele ti',
    });
    expect(plainText(body)).toContain(`${anchor.prefix}${anchor.quote}${anchor.suffix}`);
  });

  it('keeps shorter context at the edges of the text', () => {
    const anchor = anchorFor(rich('{{t1: Begin}} en eind.'), 't1');
    expect(anchor).toEqual({ quote: 'Begin', prefix: '', suffix: ' en eind.' });
  });

  it('counts block breaks and footnotes as plain text does', () => {
    const anchor = anchorFor(rich('Eerste alinea^[noot].\n\n{{t1: Tweede}} alinea.'), 't1');
    expect(anchor.prefix).toBe('Eerste alinea [noot].\n');
  });

  it('throws for a thread that is not marked', () => {
    expect(() => anchorFor(rich('Geen commentaar.'), 't1')).toThrow(/not marked/);
  });

  it('throws for a passage in two separate pieces', () => {
    expect(() => anchorFor(rich('{{t1: een}} tussen {{t1: twee}}'), 't1')).toThrow(/not one continuous/);
  });
});

describe('markedText', () => {
  it('joins the text carrying the thread mark, ignoring other threads', () => {
    expect(markedText(rich('a {{t1: b *c*}} {{t2: d}}'), 't1')).toBe('b c');
  });
});
