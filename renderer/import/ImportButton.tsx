/** "Importeren…" beside the library's tools: opens the import dialog and shows the first imported item. */
import { useState } from 'react';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { ImportDialog } from './ImportDialog.js';

export function ImportButton() {
  const { t } = useI18n();
  const { go } = useNavigation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('ui.import.button')}
      </button>
      {open && (
        <ImportDialog
          onClose={() => setOpen(false)}
          onImported={(ids) => {
            setOpen(false);
            if (ids[0]) go({ section: 'material', id: ids[0] });
          }}
        />
      )}
    </>
  );
}
