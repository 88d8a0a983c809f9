/** Switches the interface between Dutch and English; the publication stays Dutch. */
import { locales } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('ui.language')}>
      {locales.map((code) => (
        <button
          key={code}
          type="button"
          aria-pressed={locale === code}
          lang={code}
          title={t(code === 'nl' ? 'ui.language.nl' : 'ui.language.en')}
          onClick={() => setLocale(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
