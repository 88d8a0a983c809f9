/** "Review" in the top bar: the review overview, in a dialog over whatever section is open. */
import { useState } from 'react';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { ReviewOverview } from './ReviewOverview.js';

export function ReviewButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('ui.nav.review')}
      </button>
      {open && (
        <Dialog title={t('ui.nav.review')} wide onClose={() => setOpen(false)}>
          <ReviewOverview onOpen={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}
