/**
 * Material without consent in the publication: the editor must choose what
 * happens to it — leave it out, or make a marked draft (concept) edition.
 */
import type { ExportSettings, ExportOptions } from '../../main/ipc/contract.js';
import { useI18n } from '../i18n/I18n.js';

export function ConsentChoice({
  items,
  value,
  onChange,
}: {
  items: ExportOptions['withoutConsent'];
  value: ExportSettings['withoutConsent'];
  onChange(value: ExportSettings['withoutConsent']): void;
}) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <div className="consent-choice" role="group" aria-labelledby="consent-choice-title">
      <p id="consent-choice-title" className="warn">
        {t('ui.export.withoutConsent', { count: items.length })}
      </p>
      <ul className="consent-items">
        {items.map((item) => (
          <li key={item.id}>
            {item.title} <span className="badge warn">{t(`consent.${item.consent}`)}</span>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="radio" name="without-consent" checked={value === 'omit'} onChange={() => onChange('omit')} />
        {t('ui.export.withoutConsent.omit')}
      </label>
      <label className="check">
        <input type="radio" name="without-consent" checked={value === 'include'} onChange={() => onChange('include')} />
        {t('ui.export.withoutConsent.include')}
      </label>
    </div>
  );
}
