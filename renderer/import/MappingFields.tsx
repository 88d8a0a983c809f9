/**
 * A list's columns, each with the field it fills: pre-filled from the header
 * names or from the last list with the same headers. A field goes to one
 * column only, so choosing it for one column takes it from another.
 */
import type { ImportPreview } from '../../main/ipc/contract.js';
import { importFields, type ImportField } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';

type Mapping = Record<string, ImportField | null>;

export function MappingFields({ sheet, onChange }: { sheet: NonNullable<ImportPreview['sheet']>; onChange(mapping: Mapping): void }) {
  const { t } = useI18n();
  const choose = (header: string, value: string) => {
    const field = value ? (value as ImportField) : null;
    const next: Mapping = {};
    for (const h of sheet.headers) next[h] = h === header ? field : sheet.mapping[h] === field ? null : (sheet.mapping[h] ?? null);
    onChange(next);
  };
  return (
    <fieldset className="import-mapping">
      <legend className="field-label">{t('ui.import.mapping')}</legend>
      <p className="field-hint">
        {t(sheet.remembered ? 'ui.import.mappingRemembered' : 'ui.import.mappingAuto')}
        {sheet.encoding && sheet.separator && ` ${t('ui.import.fileFacts', { encoding: sheet.encoding, separator: sheet.separator })}`}
      </p>
      <div className="import-columns">
        {sheet.headers.map((header) => (
          <label key={header} className="import-column">
            <span>{header}</span>
            <select
              aria-label={t('ui.import.column', { header })}
              value={sheet.mapping[header] ?? ''}
              className={sheet.mapping[header] ? '' : 'unmapped'}
              onChange={(e) => choose(header, e.target.value)}
            >
              <option value="">{t('ui.import.notImported')}</option>
              {importFields.map((field) => (
                <option key={field} value={field}>
                  {t(`import.field.${field}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
