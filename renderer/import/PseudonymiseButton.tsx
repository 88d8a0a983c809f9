/**
 * Pseudonimiseren…: a contributor's name replaced by a pseudonym in all
 * material and chapters, as one step that the toast offers to undo. The
 * caller gets the contributor as stored afterwards, to show its new state.
 */
import { useState } from 'react';
import type { Contributor } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useToast } from '../app/toasts.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';

export function PseudonymiseButton({ contributor, onChanged }: { contributor: Contributor; onChanged(stored: Contributor): void }) {
  const { t } = useI18n();
  const { client, write } = useData();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [pseudonym, setPseudonym] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reread = async () => {
    const stored = await client.contributors.get({ id: contributor.id });
    if (stored) onChanged(stored);
  };

  const undo = async () => {
    try {
      const outcome = await write('contributors.undoPseudonymisation', { id: contributor.id });
      toast({ text: t('ui.pseudonymise.undone', { name: outcome.name, pseudonym: outcome.pseudonym }) });
      await reread();
    } catch (problem) {
      toast({ text: errorText(problem, t), tone: 'error' });
    }
  };

  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await write('contributors.pseudonymise', { id: contributor.id, pseudonym });
      setOpen(false);
      toast({
        text: t('ui.pseudonymise.done', { name: outcome.name, pseudonym: outcome.pseudonym, count: outcome.changed }),
        action: { label: t('ui.undo'), run: () => void undo() },
      });
      await reread();
    } catch (problem) {
      setFailure(errorText(problem, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setPseudonym(contributor.pseudonym ?? '');
          setFailure(null);
          setOpen(true);
        }}
      >
        {t('ui.pseudonymise.button')}
      </button>
      {open && (
        <Dialog
          title={t('ui.pseudonymise.title', { name: contributor.name })}
          onClose={() => setOpen(false)}
          footer={
            <>
              <button type="button" onClick={() => setOpen(false)}>
                {t('ui.cancel')}
              </button>
              <button type="button" className="primary" disabled={busy || !pseudonym.trim()} onClick={() => void start()}>
                {t('ui.pseudonymise.start')}
              </button>
            </>
          }
        >
          {/* Not a <form>: the dialog sits inside the contributor's form, and Enter must not save that one. */}
          <div className="import-form">
            <p>{t('ui.pseudonymise.explain', { name: contributor.name })}</p>
            <Field label={t('ui.pseudonymise.pseudonym')}>
              <input
                type="text"
                autoFocus
                value={pseudonym}
                onChange={(e) => setPseudonym(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  if (!busy && pseudonym.trim()) void start();
                }}
              />
            </Field>
            {failure && <FormError text={failure} />}
          </div>
        </Dialog>
      )}
    </>
  );
}
