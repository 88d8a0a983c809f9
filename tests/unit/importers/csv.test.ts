// The blanks before a quoted cell that Papa Parse would otherwise read as part of an unquoted one.
import { describe, expect, it } from 'vitest';
import { withoutSpacesBeforeQuotes } from '../../../main/importers/sheet/csv.js';

describe('withoutSpacesBeforeQuotes', () => {
  it('drops the blanks around a quoted cell after a separator or at a line start, whatever it holds', () => {
    expect(withoutSpacesBeforeQuotes('a, "b, c" ,d\r\n  "e\r\nf", g', ',')).toBe('a,"b, c",d\r\n"e\r\nf", g');
    expect(withoutSpacesBeforeQuotes('a; "b; ""c"""; d', ';')).toBe('a;"b; ""c"""; d');
  });

  it('keeps a quote further in a cell, and a quoted cell that text follows, as they are', () => {
    expect(withoutSpacesBeforeQuotes('3.5" diskette, "x" y, z', ',')).toBe('3.5" diskette, "x" y, z');
  });

  it('leaves tabs alone where they separate the cells', () => {
    expect(withoutSpacesBeforeQuotes('a\t "b\tc"\t\t"d"', '\t')).toBe('a\t"b\tc"\t\t"d"');
  });

  it('gives a file without a blank before a quote back as it is', () => {
    const text = 'Titel;Tekst\r\n"Zij zei: ""Kom maar""";Buurt';
    expect(withoutSpacesBeforeQuotes(text, ';')).toBe(text);
  });
});
