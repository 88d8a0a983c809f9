/**
 * Where an item came from: the workgroup, the session (those of the chosen
 * workgroup first), and the contributors.
 */
import type { Contributor, Provenance, Session, Workgroup } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { sessionLabel } from '../people/sessionLabel.js';
import { CheckList } from '../ui/CheckList.js';
import { Field, FieldGroup } from '../ui/Field.js';

export function ProvenanceFields({
  value,
  onChange,
  workgroups,
  sessions,
  contributors,
}: {
  value: Provenance;
  onChange(value: Provenance): void;
  workgroups: Workgroup[];
  sessions: Session[];
  contributors: Contributor[];
}) {
  const { t, lbl, locale } = useI18n();
  const ownSessions = value.workgroupId ? sessions.filter((s) => s.workgroupId === value.workgroupId) : sessions;
  const ownContributors = value.workgroupId
    ? [...contributors].sort((a, b) => Number(b.workgroupIds.includes(value.workgroupId!)) - Number(a.workgroupIds.includes(value.workgroupId!)))
    : contributors;
  return (
    <>
      <Field label={t('ui.field.workgroup')}>
        <select
          value={value.workgroupId ?? ''}
          onChange={(event) => {
            const workgroupId = event.target.value || null;
            const session = sessions.find((s) => s.id === value.sessionId);
            // A session of another workgroup no longer fits: let it go.
            const sessionId = session && workgroupId && session.workgroupId !== workgroupId ? null : value.sessionId;
            onChange({ ...value, workgroupId, sessionId });
          }}
        >
          <option value="">{t('ui.none')}</option>
          {workgroups.map((w) => (
            <option key={w.id} value={w.id}>{w.name}</option>
          ))}
        </select>
      </Field>
      <Field label={t('ui.field.session')}>
        <select value={value.sessionId ?? ''} onChange={(event) => onChange({ ...value, sessionId: event.target.value || null })}>
          <option value="">{t('ui.none')}</option>
          {ownSessions.map((s) => (
            <option key={s.id} value={s.id}>{sessionLabel(s, lbl, locale)}</option>
          ))}
        </select>
      </Field>
      <FieldGroup label={t('ui.field.contributors')} wide>
        <CheckList
          options={ownContributors.map((c) => ({ id: c.id, label: c.name, detail: lbl('role', c.role) }))}
          chosen={value.contributorIds}
          onChange={(contributorIds) => onChange({ ...value, contributorIds })}
          empty={t('ui.contributors.empty')}
        />
      </FieldGroup>
    </>
  );
}
