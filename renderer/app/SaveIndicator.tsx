/** "Opgeslagen" / "Opslaan…" / "Niet opgeslagen", announced politely to screen readers. */
import { useI18n } from '../i18n/I18n.js';
import { useSaving } from './data.js';

export function SaveIndicator() {
  const { t } = useI18n();
  const { saveState, failure } = useSaving();
  const text = saveState === 'saving' ? t('ui.save.saving') : saveState === 'failed' ? t('ui.save.failed') : t('ui.save.saved');
  return (
    <span className={`save-state ${saveState}`} role="status" aria-live="polite" title={failure ?? undefined} data-state={saveState}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
