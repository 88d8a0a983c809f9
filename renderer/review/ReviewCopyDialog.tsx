/**
 * Meeleeskopie maken: the reviewer's name (initials from it unless given),
 * then main asks where to save (a save dialog in the app; beside the project
 * on the test bridge) and writes the copy; the dialog says where it went.
 */
import { useState, type FormEvent } from 'react';
import type { ReviewCopyMade } from '../../main/ipc/contract.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';

export function ReviewCopyDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const { write } = useData();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<ReviewCopyMade | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      // Null: the save dialog was cancelled; the form stays for another try.
      setMade(await write('review.copy', { reviewer: name.trim(), initials: initials.trim() || null }));
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const footer = made ? (
    <button type="button" className="primary" onClick={onClose}>
      {t('ui.close')}
    </button>
  ) : (
    <>
      <button type="button" onClick={onClose}>
        {t('ui.cancel')}
      </button>
      <button type="submit" form="review-copy-form" className="primary" disabled={!name.trim() || busy}>
        {t('ui.reviewRound.copy.start')}
      </button>
    </>
  );

  return (
    <Dialog title={t('ui.reviewRound.copy.title')} onClose={onClose} footer={footer}>
      {made ? (
        <div className="review-round-done" role="status">
          <p>{t('ui.reviewRound.copy.done', { name: made.reviewer.name })}</p>
          <p className="review-round-path">{made.path}</p>
          <p className="muted">{t('ui.reviewRound.copy.doneHint', { name: made.reviewer.name })}</p>
        </div>
      ) : (
        <form id="review-copy-form" className="review-round-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
          <p className="muted">{t('ui.reviewRound.copy.intro')}</p>
          <Field label={t('ui.reviewRound.copy.name')}>
            <input type="text" value={name} autoFocus maxLength={120} onChange={(event) => setName(event.target.value)} />
          </Field>
          <Field label={t('ui.reviewRound.copy.initials')} hint={t('ui.reviewRound.copy.initialsHint')}>
            <input type="text" value={initials} maxLength={8} onChange={(event) => setInitials(event.target.value)} />
          </Field>
          {busy && <p className="muted">{t('ui.reviewRound.copy.making')}</p>}
          {error && <FormError text={error} />}
        </form>
      )}
    </Dialog>
  );
}
