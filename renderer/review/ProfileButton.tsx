/** The top bar's "who am I": initials and role, opening the profile dialog. */
import { useI18n } from '../i18n/I18n.js';
import { useProfile } from './profile.js';

export function ProfileButton() {
  const { t, lbl } = useI18n();
  const { state, role, edit } = useProfile();
  const profile = state?.profile ?? null;
  const label = profile ? t('ui.profile.button', { name: profile.name, role: lbl('profileRole', role) }) : t('ui.profile.none');
  return (
    <button type="button" className={`profile-button role-${role}`} aria-label={label} title={label} onClick={edit}>
      {profile ? (
        <>
          <span className="initials" aria-hidden="true">
            {profile.initials}
          </span>
          <span aria-hidden="true">{lbl('profileRole', role)}</span>
        </>
      ) : (
        t('ui.profile.none')
      )}
    </button>
  );
}
