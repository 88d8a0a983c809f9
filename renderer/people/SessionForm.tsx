/** A session: what kind, when, where, with which workgroup, how many took part. */
import { sessionKinds, type Session, type Workgroup } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { Field } from '../ui/Field.js';
import { RecordForm } from '../ui/RecordForm.js';
import { VocabSelect } from '../ui/VocabSelect.js';

export function SessionForm({
  initial,
  isNew,
  workgroups,
  onSaved,
  onDeleted,
}: {
  initial: Session;
  isNew: boolean;
  workgroups: Workgroup[];
  onSaved(s: Session): void;
  onDeleted(): void;
}) {
  const { t } = useI18n();
  const { write } = useData();
  return (
    <RecordForm
      initial={initial}
      isNew={isNew}
      title={initial.title || t('ui.sessions.new')}
      put={(record) => write('sessions.put', record)}
      remove={(id) => write('sessions.delete', { id })}
      onSaved={onSaved}
      onDeleted={onDeleted}
    >
      {({ record, set, invalid }) => (
        <>
          <h2 className="form-title wide-row">{t('ui.sessions.one')}</h2>
          <Field label={t('ui.field.title')} wide invalid={invalid('title')}>
            <input type="text" autoFocus={isNew} value={record.title} onChange={(e) => set({ title: e.target.value })} />
          </Field>
          <Field label={t('ui.field.sessionKind')}>
            <VocabSelect vocabulary="sessionKind" codes={sessionKinds} value={record.kind} onChange={(kind) => set({ kind })} />
          </Field>
          <Field label={t('ui.field.workgroup')}>
            <select value={record.workgroupId ?? ''} onChange={(e) => set({ workgroupId: e.target.value || null })}>
              <option value="">{t('ui.none')}</option>
              {workgroups.map((w) => (
                <option key={w.id} value={w.id}>{w.name}</option>
              ))}
            </select>
          </Field>
          <Field label={t('ui.field.date')} invalid={invalid('date')}>
            <input type="date" value={record.date} onChange={(e) => set({ date: e.target.value })} />
          </Field>
          <Field label={t('ui.field.place')} invalid={invalid('place')}>
            <input type="text" value={record.place} onChange={(e) => set({ place: e.target.value })} />
          </Field>
          <Field label={t('ui.field.participants')} invalid={invalid('participants')}>
            <input
              type="number"
              min={0}
              value={record.participants ?? ''}
              onChange={(e) => set({ participants: e.target.value === '' ? null : Number(e.target.value) })}
            />
          </Field>
          <Field label={t('ui.field.notes')} wide invalid={invalid('notes')}>
            <textarea rows={5} value={record.notes} onChange={(e) => set({ notes: e.target.value })} />
          </Field>
        </>
      )}
    </RecordForm>
  );
}
