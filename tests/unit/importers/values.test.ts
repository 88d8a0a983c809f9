import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../main/importers/sheet/decode.js';
import { detectSeparator } from '../../../main/importers/sheet/csv.js';
import { autoMapping, combineMappings, mappingKey } from '../../../main/importers/sheet/mapping.js';
import { consentOf, materialKindOf, parseDate, positionOf, roleOf } from '../../../main/importers/sheet/values.js';

describe('cell values', () => {
  it('reads Dutch and ISO dates and refuses impossible ones', () => {
    expect(parseDate('15-03-2017')).toBe('2017-03-15');
    expect(parseDate('5/3/17')).toBe('2017-03-05');
    expect(parseDate('15.03.2017')).toBe('2017-03-15');
    expect(parseDate('2017-03-15')).toBe('2017-03-15');
    expect(parseDate('15 maart 2017')).toBe('2017-03-15');
    expect(parseDate('1 okt 2017')).toBe('2017-10-01');
    expect(parseDate('31-02-2017')).toBeNull();
    expect(parseDate('morgen')).toBeNull();
  });

  it('knows vocabulary by Dutch label, English label or code', () => {
    expect(materialKindOf('Praktijkvoorbeeld')).toBe('practiceExample');
    expect(materialKindOf('practice example')).toBe('practiceExample');
    expect(materialKindOf('solutionDirection')).toBe('solutionDirection');
    expect(materialKindOf('citaat')).toBe('quote');
    expect(consentOf('Gegeven')).toBe('given');
    expect(roleOf('sociaal professional')).toBe('socialProfessional');
    expect(positionOf('hybride')).toBe('hybrid');
    expect(materialKindOf('gedicht')).toBeNull();
  });
});

describe('headers and mapping', () => {
  it('maps Dutch and English headers, the first column winning a field', () => {
    expect(autoMapping(['Titel', 'Text', "Thema's", 'Title', 'Opmerking'])).toEqual({
      Titel: 'title',
      Text: 'text',
      "Thema's": 'themes',
      Title: null,
      Opmerking: null,
    });
  });

  it('lets an override take a field from an automatic column, and refuses a field on two columns', () => {
    expect(combineMappings({ Titel: 'title', Kop: null }, { Kop: 'title' })).toEqual({ Titel: null, Kop: 'title' });
    expect(() => combineMappings({}, { A: 'title', B: 'title' })).toThrow('importMapping');
  });

  it('keys remembered mappings by the set of headers, not their order or spelling', () => {
    expect(mappingKey(['Titel', 'Tekst'])).toBe(mappingKey(['tekst', 'TITEL']));
    expect(mappingKey(['Titel', 'Tekst'])).not.toBe(mappingKey(['Titel']));
  });
});

describe('CSV text', () => {
  it('detects the separator in the header line, outside quotes', () => {
    expect(detectSeparator('Titel;Tekst\na,b;c')).toBe(';');
    expect(detectSeparator('"Titel; lang",Tekst\n')).toBe(',');
    expect(detectSeparator('Titel\tTekst\n')).toBe('\t');
  });

  it('tells UTF-8, UTF-8 with BOM, Windows-1252 and a mix apart', () => {
    expect(decodeCsv(Buffer.from('Café;€', 'utf8'), 'x')).toEqual({ text: 'Café;€', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'x')).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80]), 'x')).toEqual({ text: 'Café;€', encoding: 'windows-1252' });
    expect(() => decodeCsv(Buffer.concat([Buffer.from('é\n', 'utf8'), Buffer.from('ë', 'latin1')]), 'x')).toThrow('importEncoding');
  });
});
