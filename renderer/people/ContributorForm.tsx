/** A contributor: name, role, position between formal and informal, organisation, workgroups, pseudonym. */
import { useState } from 'react';
import { positions, roles, type Contributor, type Workgroup } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { PseudonymiseButton } from '../import/PseudonymiseButton.js';
import { useReviewerLock } from '../review/profile.js';
import { CheckList } from '../ui/CheckList.js';
import { Field, FieldGroup } from '../ui/Field.js';
import { RecordForm } from '../ui/RecordForm.js';
import { VocabSelect } from '../ui/VocabSelect.js';

export function ContributorForm({
  initial,
  isNew,
  workgroups,
  onSaved,
  onDeleted,
}: {
  initial: Contributor;
  isNew: boolean;
  workgroups: Workgroup[];
  onSaved(c: Contributor): void;
  onDeleted(): void;
}) {
  const { t } = useI18n();
  // Pseudonymising rewrites material and chapters: not a reviewer's.
  const locked = useReviewerLock();
  const { write } = useData();
  // Pseudonymising changes the stored contributor: the form starts again from it.
  const [stored, setStored] = useState({ record: initial, version: 0 });
  return (
    <RecordForm
      key={stored.version}
      initial={stored.record}
      isNew={isNew}
      title={initial.name || t('ui.contributors.new')}
      put={(record) => write('contributors.put', record)}
      remove={(id) => write('contributors.delete', { id })}
      onSaved={(record) => {
        setStored((s) => ({ record, version: s.version }));
        onSaved(record);
      }}
      onDeleted={onDeleted}
    >
      {({ record, set, invalid }) => (
        <>
          <h2 className="form-title wide-row">{t('ui.contributors.one')}</h2>
          <Field label={t('ui.field.name')} wide invalid={invalid('name')}>
            <input type="text" autoFocus={isNew} value={record.name} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <Field label={t('ui.field.role')}>
            <VocabSelect vocabulary="role" codes={roles} value={record.role} onChange={(role) => set({ role })} />
          </Field>
          <Field label={t('ui.field.position')}>
            <VocabSelect vocabulary="position" codes={positions} value={record.position} onChange={(position) => set({ position })} />
          </Field>
          <Field label={t('ui.field.organisation')} wide invalid={invalid('organisation')}>
            <input type="text" value={record.organisation} onChange={(e) => set({ organisation: e.target.value })} />
          </Field>
          <FieldGroup label={t('ui.field.workgroups')} wide>
            <CheckList
              options={workgroups.map((w) => ({ id: w.id, label: w.name }))}
              chosen={record.workgroupIds}
              onChange={(workgroupIds) => set({ workgroupIds })}
              empty={t('ui.workgroups.empty')}
            />
          </FieldGroup>
          <label className="check wide-row">
            <input type="checkbox" checked={record.pseudonym !== null} onChange={(e) => set({ pseudonym: e.target.checked ? '' : null })} />
            {t('ui.field.usePseudonym')}
          </label>
          {record.pseudonym !== null && (
            <Field label={t('ui.field.pseudonym')} hint={t('ui.field.pseudonymHint')} wide invalid={invalid('pseudonym')}>
              <input type="text" value={record.pseudonym} onChange={(e) => set({ pseudonym: e.target.value })} />
            </Field>
          )}
          {!isNew && !locked && (
            <div className="wide-row">
              <PseudonymiseButton contributor={stored.record} onChanged={(record) => setStored((s) => ({ record, version: s.version + 1 }))} />
            </div>
          )}
        </>
      )}
    </RecordForm>
  );
}
