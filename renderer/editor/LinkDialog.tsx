/** Asks for a link's address (Electron has no window.prompt); an empty address removes the link. */
import { useState } from 'react';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';

/** Addresses a reader can follow in a PDF or Word file; anything else (javascript:, file:) is refused. */
const allowed = /^(https?:\/\/|mailto:)/i;

export function LinkDialog({ initial, onDone, onClose }: { initial: string; onDone(href: string | null): void; onClose(): void }) {
  const { t } = useI18n();
  const [href, setHref] = useState(initial);
  const trimmed = href.trim();
  const withScheme = trimmed && !/^[a-z]+:/i.test(trimmed) ? `https://${trimmed}` : trimmed;
  const valid = trimmed === '' || allowed.test(withScheme);
  const submit = () => {
    if (valid) onDone(withScheme || null);
  };
  return (
    <Dialog
      title={t('ui.link.title')}
      onClose={onClose}
      footer={
        <>
          {initial && (
            <button type="button" className="danger" onClick={() => onDone(null)}>
              {t('ui.link.remove')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="submit" form="link-form" className="primary" disabled={!valid}>
            {t('ui.ok')}
          </button>
        </>
      }
    >
      {/* A form, so Enter submits as its default action: handling the keydown instead would move focus
          back to the text while the key is still down, and the text would get the Enter too. */}
      <form
        id="link-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label={t('ui.link.address')} hint={valid ? t('ui.link.hint') : t('ui.link.invalid')} invalid={!valid}>
          <input type="text" inputMode="url" autoFocus value={href} placeholder="https://" onChange={(event) => setHref(event.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
