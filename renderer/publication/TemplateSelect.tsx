/**
 * The publication's template by its name, from the templates the export
 * offers. The one the file names stays chosen while they load, and is
 * shown as unknown when no template has its id.
 */
import type { ExportOptions } from '../../main/ipc/contract.js';
import { useI18n } from '../i18n/I18n.js';

export function TemplateSelect({
  value,
  templates,
  onChange,
  ...control
}: {
  value: string;
  /** Null while they load. */
  templates: ExportOptions['templates'] | null;
  onChange(id: string): void;
  /** Set by Field. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useI18n();
  const known = templates?.some((template) => template.id === value) ?? false;
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      {!known && <option value={value}>{templates === null ? value : t('ui.publication.unknownTemplate', { id: value })}</option>}
      {templates?.map((template) => (
        <option key={template.id} value={template.id} title={template.description}>
          {template.name}
        </option>
      ))}
    </select>
  );
}
