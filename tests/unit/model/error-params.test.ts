import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../main/export/template/load.js';
import { combineMappings, parseMapping } from '../../../main/importers/sheet/mapping.js';
import {
  errorMessage,
  keyedProblem,
  localParams,
  message,
  namedRecord,
  namedRecordWithId,
  UserError,
  type Locale,
} from '../../../main/model/index.js';
import { userErrorOf } from '../../support/user-error.js';

const sayIn = (locale: Locale) => (key: Parameters<typeof message>[1], params: Record<string, string | number>) => message(locale, key, params);

describe('localParams: a `<name>Key` param stands for `<name>`, said in the locale', () => {
  it('fills `problem` from the keyed sentence with the same params', () => {
    const params = { problemKey: 'problem.columnMissing', header: 'Titel', headers: 'A, B' };
    expect(localParams(params, sayIn('nl')).problem).toBe('kolom „Titel” staat niet in het bestand (wel: A, B)');
    expect(localParams(params, sayIn('en')).problem).toBe('column “Titel” is not in the file (it has: A, B)');
  });

  it('leaves plain params, and a `…Key` that is no catalogue key, as they are', () => {
    const params = { problem: 'data.title: Too small', fieldKey: 'not.a.key', Key: 'problem.queryMissing' };
    expect(localParams(params, sayIn('en'))).toEqual(params);
  });

  it('names records in the locale, with or without their id', () => {
    expect(localParams({ ...namedRecord('contributor'), id: 'con-1' }, sayIn('en')).what).toBe('contributor');
    expect(localParams(namedRecordWithId('material', 'mat-1'), sayIn('nl')).what).toBe('materiaal mat-1');
    expect(localParams(namedRecordWithId('material', 'mat-1'), sayIn('en')).what).toBe('material mat-1');
    expect(namedRecordWithId('chapter', '')).toEqual(namedRecord('chapter'));
  });
});

describe('errorMessage says a keyed detail in the same language as its frame', () => {
  it('a mapping file that names a column the sheet does not have', () => {
    const error = userErrorOf(() => parseMapping({ Titel: 'title' }, ['Kop', 'Tekst']));
    expect(errorMessage('nl', error)).toBe(
      'De kolomindeling klopt niet: kolom „Titel” staat niet in het bestand (wel: Kop, Tekst). Er is niets geïmporteerd.',
    );
    expect(errorMessage('en', error)).toBe(
      'The column mapping is not right: column “Titel” is not in the file (it has: Kop, Tekst). Nothing was imported.',
    );
  });

  it('a field mapped to two columns', () => {
    const error = userErrorOf(() => combineMappings({}, { Kop: 'title', Onderwerp: 'title' }));
    expect(errorMessage('nl', error)).toBe(
      'De kolomindeling klopt niet: veld title is aan twee kolommen gekoppeld: „Kop” en „Onderwerp”. Er is niets geïmporteerd.',
    );
    expect(errorMessage('en', error)).toBe(
      'The column mapping is not right: field title is mapped to two columns: “Kop” and “Onderwerp”. Nothing was imported.',
    );
  });

  it('a contributor that is not there', () => {
    const error = new UserError('notFound', { ...namedRecord('contributor'), id: 'con-x' });
    expect(errorMessage('nl', error)).toBe('bijdrager con-x bestaat niet (meer) in dit project.');
    expect(errorMessage('en', error)).toBe('contributor con-x does not exist (any more) in this project.');
  });

  it("a template that is not an object: our words keyed, zod's English kept", () => {
    const error = userErrorOf(() => parseTemplate('geen sjabloon', 'huisstijl.json'));
    expect(errorMessage('nl', error)).toMatch(/^Het sjabloon huisstijl\.json klopt niet: \(het geheel\): .+\. Herstel het sjabloonbestand/);
    expect(errorMessage('en', error)).toMatch(/^The template huisstijl\.json .*\(as a whole\): /);
    expect(errorMessage('en', error)).not.toContain('het geheel');
  });

  it('keeps a plain problem text as it is', () => {
    const error = new UserError('invalidArguments', { problem: 'limit must be a whole number from 1 to 1000, not 0' });
    expect(errorMessage('en', error)).toBe('limit must be a whole number from 1 to 1000, not 0');
    expect(errorMessage('nl', new UserError('invalidArguments', keyedProblem('problem.queryMissing')))).toBe('geef een zoekterm');
  });
});
