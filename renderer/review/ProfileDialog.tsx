/** Name, initials and role: what every comment carries, and whether the text can be changed. */
import { useState, type FormEvent } from 'react';
import { profileRoles, type Author, type ProfileRole } from '../../main/model/index.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { VocabSelect } from '../ui/VocabSelect.js';
import type { ProfileState } from './profile.js';

export function ProfileDialog({
  state,
  onCancel,
  onSave,
}: {
  state: ProfileState | null;
  onCancel(): void;
  onSave(author: Author): Promise<void>;
}) {
  const { t } = useI18n();
  const copy = state?.reviewCopy ?? null;
  const [name, setName] = useState(state?.profile?.name ?? '');
  const [initials, setInitials] = useState(state?.profile?.initials ?? '');
  const [role, setRole] = useState<ProfileRole>(copy ? 'reviewer' : (state?.role ?? 'editor'));
  const [error, setError] = useState<string | null>(null);
  const complete = name.trim() !== '' && initials.trim() !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    onSave({ name: name.trim(), initials: initials.trim(), role }).catch((failure: unknown) => setError(errorText(failure, t)));
  };

  return (
    <Dialog
      title={t('ui.profile.title')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
          <button type="submit" form="profile-form" className="primary" disabled={!complete}>
            {t('ui.save')}
          </button>
        </>
      }
    >
      <form id="profile-form" className="profile-form" onSubmit={submit}>
        <p className="muted">{t('ui.profile.intro')}</p>
        <Field label={t('ui.profile.name')}>
          <input type="text" value={name} autoFocus maxLength={120} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label={t('ui.profile.initials')}>
          <input type="text" value={initials} maxLength={8} onChange={(event) => setInitials(event.target.value)} />
        </Field>
        <Field label={t('ui.profile.role')} hint={copy ? t('ui.profile.copyRole') : undefined}>
          <VocabSelect<ProfileRole> vocabulary="profileRole" codes={copy ? ['reviewer'] : profileRoles} value={role} onChange={setRole} />
        </Field>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
