/** A workgroup: its name, the theme it works on, and a description. */
import type { Workgroup } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { Field } from '../ui/Field.js';
import { RecordForm } from '../ui/RecordForm.js';

export function WorkgroupForm({ initial, isNew, onSaved, onDeleted }: { initial: Workgroup; isNew: boolean; onSaved(w: Workgroup): void; onDeleted(): void }) {
  const { t } = useI18n();
  const { write } = useData();
  return (
    <RecordForm
      initial={initial}
      isNew={isNew}
      title={initial.name || t('ui.workgroups.new')}
      put={(record) => write('workgroups.put', record)}
      remove={(id) => write('workgroups.delete', { id })}
      onSaved={onSaved}
      onDeleted={onDeleted}
    >
      {({ record, set, invalid }) => (
        <>
          <h2 className="form-title wide-row">{t('ui.workgroups.one')}</h2>
          <Field label={t('ui.field.name')} wide invalid={invalid('name')}>
            <input type="text" autoFocus={isNew} value={record.name} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <Field label={t('ui.field.workgroupTheme')} wide invalid={invalid('theme')}>
            <input type="text" value={record.theme} onChange={(e) => set({ theme: e.target.value })} />
          </Field>
          <Field label={t('ui.field.description')} wide invalid={invalid('description')}>
            <textarea rows={5} value={record.description} onChange={(e) => set({ description: e.target.value })} />
          </Field>
        </>
      )}
    </RecordForm>
  );
}
