/** Asked before leaving a record with unsaved changes: save, discard, or stay. */
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from './Dialog.js';

export function UnsavedDialog({ onSave, onDiscard, onCancel }: { onSave(): void; onDiscard(): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <Dialog
      title={t('ui.unsaved.title')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="danger" onClick={onDiscard}>
            {t('ui.unsaved.discard')}
          </button>
          <button type="button" className="primary" autoFocus onClick={onSave}>
            {t('ui.save')}
          </button>
        </>
      }
    >
      <p>{t('ui.unsaved.text')}</p>
    </Dialog>
  );
}
