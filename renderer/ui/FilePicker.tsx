/**
 * A file field in the UI's language. The browser's own file input labels its
 * button and its empty state in the browser's language ("Choose File", "No
 * file chosen"), whatever language Bundel speaks; so the input stays, hidden,
 * for the system's file dialog, a button of ours opens it, and the chosen
 * file's name shows beside it. Choosing the same file again chooses it again.
 *
 * Inside a Field: the field's label names the hidden input (a click on it
 * opens the dialog too) and its hint describes the button.
 */
import { useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n.js';

export function FilePicker({
  id,
  accept,
  disabled,
  onChoose,
  'aria-describedby': describedBy,
}: {
  id?: string;
  accept: string;
  disabled?: boolean;
  onChoose(file: File): void;
  'aria-describedby'?: string;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file === undefined) return;
          setName(file.name);
          onChoose(file);
        }}
      />
      <button type="button" disabled={disabled} aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {t('ui.file.choose')}
      </button>
      <span className={name === null ? 'muted' : 'file-name'}>{name ?? t('ui.file.none')}</span>
    </div>
  );
}
