import { describe, expect, it } from 'vitest';
import { ImportPreview } from '../../../main/ipc/contract.js';
import { message, type Locale, type MessageKey } from '../../../main/model/index.js';
import { sourceText, warningText } from '../../../renderer/import/wording.js';

const t = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) => message(locale, key, params);

const item = {
  id: 'mat-1',
  kind: 'story',
  title: 'De buurtbus',
  excerpt: 'Elke donderdag rijdt de bus langs de flat.',
  workgroup: null,
  session: null,
  consent: 'unknown',
  duplicate: null,
} as const;

/** A preview as the renderer gets it: checked against the contract, one item from `source`. */
function previewFrom(source: unknown, warnings: unknown[] = []): ImportPreview {
  return ImportPreview.parse({
    planId: '5f0c6b8e-2a4d-4c1e-9b7a-3d2e1f0a9c8b',
    format: 'csv',
    items: [{ ...item, source }],
    images: 0,
    warnings,
    sheet: null,
  });
}

describe("the import preview's places in the file", () => {
  it('says a row in the language of the UI', () => {
    const { source } = previewFrom({ sourceKey: 'import.source.row', row: 500 }).items[0]!;
    expect(sourceText(source, t('nl'))).toBe('rij 500');
    expect(sourceText(source, t('en'))).toBe('row 500');
  });

  it('says a heading with the quotation marks of that language, numbered when the document made several items', () => {
    const alone = previewFrom({ sourceKey: 'import.source.heading', heading: 'De buurtbus' }).items[0]!.source;
    expect(sourceText(alone, t('nl'))).toBe('kop „De buurtbus”');
    expect(sourceText(alone, t('en'))).toBe('heading “De buurtbus”');
    const second = previewFrom({ sourceKey: 'import.source.headingPart', heading: 'De buurtbus', part: 2 }).items[0]!.source;
    expect(sourceText(second, t('nl'))).toBe('2. kop „De buurtbus”');
    expect(sourceText(second, t('en'))).toBe('2. heading “De buurtbus”');
  });

  it('says the file for a document, or the part of it above its first heading', () => {
    expect(sourceText(previewFrom({ sourceKey: 'import.source.file', file: 'verhalen.docx' }).items[0]!.source, t('en'))).toBe('verhalen.docx');
    const before = previewFrom({ sourceKey: 'import.source.filePart', file: 'verhalen.docx', part: 1 }).items[0]!.source;
    expect(sourceText(before, t('nl'))).toBe('1. verhalen.docx');
  });

  it('says the place a warning names in the language of the UI too', () => {
    const shortened = { code: 'titleShortened', params: { sourceKey: 'import.source.row', row: 3 } };
    const [warning] = previewFrom({ sourceKey: 'import.source.row', row: 3 }, [shortened]).warnings;
    expect(warningText(warning!, t('nl'))).toBe('rij 3: de titel is ingekort tot 200 tekens.');
    expect(warningText(warning!, t('en'))).toBe('row 3: the title was shortened to 200 characters.');
  });

  it('refuses a place given as a sentence, or by a key that is not a place', () => {
    expect(() => previewFrom('rij 500')).toThrow();
    expect(() => previewFrom({ sourceKey: 'import.untitled' })).toThrow();
    expect(() => previewFrom({ sourceKey: 'import.source.row', row: 0 })).toThrow();
    expect(() => previewFrom({ sourceKey: 'import.source.row', row: 5, heading: 'Extra' })).toThrow();
  });
});
