import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseStrictCsv } from '../../../main/importers/sheet/strict-csv.js';

/** What readCsv asks csv-parse for: the rows the quick reader must give as well. */
function csvParse(text: string, separator: string): string[][] {
  return parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
}

describe('strict CSV', () => {
  it('reads bare and quoted fields as csv-parse does', () => {
    const text = 'Titel;Tekst\r\n  Een ; "Twee; met ""aanhalingstekens"" en\r\neen regel"  \r\n\r\n   \r\nDrie;4"5\r\n""\r\n;';
    expect(parseStrictCsv(text, ';')).toEqual([
      ['Titel', 'Tekst'],
      ['Een', 'Twee; met "aanhalingstekens" en\r\neen regel'],
      ['Drie', '4"5'],
      [''],
      ['', ''],
    ]);
    expect(parseStrictCsv(text, ';')).toEqual(csvParse(text, ';'));
  });

  it('takes the first line break outside quotes for all rows', () => {
    const text = '"a\nb",c\rd\ne\r';
    expect(parseStrictCsv(text, ',')).toEqual([['a\nb', 'c'], ['d\ne']]);
    expect(parseStrictCsv(text, ',')).toEqual(csvParse(text, ','));
  });

  it('leaves what is not strict to csv-parse', () => {
    expect(parseStrictCsv('"open', ',')).toBeNull();
    expect(parseStrictCsv('"closed" and more,x', ',')).toBeNull();
  });

  it('gives the same rows as csv-parse on every text it reads, among many made at random', () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['a', 'bc', 'é', ' ', '\t', ';', ',', '"', '""', '\r', '\n', '\r\n', '\u00a0', '\u2028', '\ufeff', 'x y', '😀'];
    let read = 0;
    for (let k = 0; k < 5_000; k++) {
      const text = Array.from({ length: Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const separator = [';', ',', '\t'][k % 3]!;
      const rows = parseStrictCsv(text, separator);
      if (rows === null) continue;
      read++;
      expect(rows, JSON.stringify(text)).toEqual(csvParse(text, separator));
    }
    expect(read).toBeGreaterThan(2_500);
  });
});
