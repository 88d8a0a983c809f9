/**
 * What holds for the whole batch: the kind, for Word whether every heading
 * starts an item, and the workgroup and session by name (existing names are
 * offered; a new one is made on import).
 */
import { useId } from 'react';
import type { ImportOptions } from '../../main/ipc/contract.js';
import { materialKinds, type MaterialKind } from '../../main/model/index.js';
import { useQuery } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { Field } from '../ui/Field.js';

export function BatchFields({
  options,
  onChange,
  word,
}: {
  options: ImportOptions;
  onChange(patch: Partial<ImportOptions>): void;
  word: boolean;
}) {
  const { t, lbl } = useI18n();
  const workgroups = useQuery('workgroups.list', {});
  const sessions = useQuery('sessions.list', {});
  const id = useId();
  const name = (value: string) => (value.trim() ? value : null);
  return (
    <div className="import-batch">
      <Field label={t('ui.import.kind')} hint={word ? undefined : t('ui.import.kindHint')}>
        <select value={options.kind} onChange={(e) => onChange({ kind: e.target.value as MaterialKind })}>
          {materialKinds.map((kind) => (
            <option key={kind} value={kind}>
              {lbl('materialKind', kind)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('ui.import.workgroup')} hint={t('ui.import.batchHint')}>
        <input type="text" list={`${id}-workgroups`} value={options.workgroup ?? ''} onChange={(e) => onChange({ workgroup: name(e.target.value) })} />
      </Field>
      <Field label={t('ui.import.session')}>
        <input type="text" list={`${id}-sessions`} value={options.session ?? ''} onChange={(e) => onChange({ session: name(e.target.value) })} />
      </Field>
      <datalist id={`${id}-workgroups`}>
        {(workgroups.data ?? []).map((w) => (
          <option key={w.id} value={w.name} />
        ))}
      </datalist>
      <datalist id={`${id}-sessions`}>
        {(sessions.data ?? []).map((s) => (
          <option key={s.id} value={s.title} />
        ))}
      </datalist>
      {word && (
        <label className="check wide-row">
          <input type="checkbox" checked={options.splitHeadings} onChange={(e) => onChange({ splitHeadings: e.target.checked })} />
          {t('ui.import.splitHeadings')}
        </label>
      )}
    </div>
  );
}
