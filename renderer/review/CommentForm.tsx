/** A text box for a comment, a reply or an edit, with its two buttons; Ctrl+Enter sends. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18n.js';

export function CommentForm({
  label,
  submit,
  initial = '',
  onSend,
  onCancel,
}: {
  label: string;
  submit: string;
  initial?: string;
  /** Resolves true when it was taken; the box then empties (or closes, by the parent). */
  onSend(text: string): Promise<boolean>;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const ready = text.trim() !== '' && !busy;

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready) return;
    setBusy(true);
    void onSend(text.trim()).then((taken) => {
      setBusy(false);
      if (taken) setText('');
    });
  };

  return (
    <form className="comment-form" onSubmit={send}>
      <textarea
        aria-label={label}
        value={text}
        rows={2}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
          if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="comment-form-buttons">
        {onCancel && (
          <button type="button" className="quiet" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={!ready}>
          {submit}
        </button>
      </div>
    </form>
  );
}
