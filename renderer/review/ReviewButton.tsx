/**
 * "Review" in the top bar: the review overview, in a dialog over whatever
 * section is open; for an editor also the review round — a copy for a
 * reviewer, and importing what a reviewer sends back — which the native
 * menu opens too. A reviewer is not offered the round (main refuses it).
 */
import { useEffect, useState } from 'react';
import { useData } from '../app/data.js';
import { useToast } from '../app/toasts.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { useProfile } from './profile.js';
import { ReviewCopyDialog } from './ReviewCopyDialog.js';
import { ReviewImportDialog } from './ReviewImportDialog.js';
import { ReviewOverview } from './ReviewOverview.js';

type Open = 'overview' | 'copy' | 'import' | null;

export function ReviewButton({ onImported }: { onImported(): void }) {
  const { t } = useI18n();
  const { client } = useData();
  const { role } = useProfile();
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const editor = role === 'editor';

  useEffect(
    () =>
      client.onCommand((command) => {
        if (command !== 'reviewCopy' && command !== 'reviewImport') return;
        if (!editor) toast({ text: t('error.reviewerNoCopies'), tone: 'error' });
        else setOpen(command === 'reviewCopy' ? 'copy' : 'import');
      }),
    [client, editor, t, toast],
  );

  const round = editor && (
    <>
      <button type="button" onClick={() => setOpen('copy')}>
        {t('ui.reviewRound.copy.button')}
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        {t('ui.reviewRound.import.button')}
      </button>
    </>
  );

  return (
    <>
      <button type="button" onClick={() => setOpen('overview')}>
        {t('ui.nav.review')}
      </button>
      {open === 'overview' && (
        <Dialog title={t('ui.nav.review')} wide onClose={() => setOpen(null)} footer={round || undefined}>
          <ReviewOverview onOpen={() => setOpen(null)} />
        </Dialog>
      )}
      {open === 'copy' && <ReviewCopyDialog onClose={() => setOpen(null)} />}
      {open === 'import' && <ReviewImportDialog onClose={() => setOpen(null)} onImported={onImported} />}
    </>
  );
}
