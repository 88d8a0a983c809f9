/** Says why the text does not take typing: the user reads along as a reviewer (maybe in a reviewer copy). */
import { formatMoment } from '../i18n/format.js';
import { useI18n } from '../i18n/I18n.js';
import { useProfile } from './profile.js';

export function ReviewBanner() {
  const { t, locale } = useI18n();
  const { state, role } = useProfile();
  if (role !== 'reviewer') return null;
  const copy = state?.reviewCopy ?? null;
  return (
    <div className="review-banner" role="note">
      <strong>{t('ui.review.banner')}</strong>
      {copy && <span> {t('ui.review.copyBanner', { name: copy.reviewer.name, when: formatMoment(locale, copy.madeAt) })}</span>}
    </div>
  );
}
