/**
 * A list of short words (themes) as removable chips: Enter or a comma adds
 * what was typed, Backspace in the empty field takes the last one back.
 * Suggestions come from a datalist (the themes already in the project).
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18n.js';

export function ChipsInput({
  values,
  onChange,
  suggestions,
  ...control
}: {
  values: string[];
  onChange(values: string[]): void;
  suggestions: string[];
  /** Set by Field: the id its label points at, the hint, the invalid state. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useI18n();
  const listId = useId();
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const word = raw.trim();
    if (word && !values.includes(word)) onChange([...values, word]);
    setText('');
  };
  return (
    <div className="chips">
      {values.map((value) => (
        <span key={value} className="chip">
          {value}
          <button type="button" aria-label={t('ui.chips.remove', { value })} onClick={() => onChange(values.filter((v) => v !== value))}>
            ×
          </button>
        </span>
      ))}
      <input
        type="text"
        {...control}
        list={listId}
        value={text}
        placeholder={values.length === 0 ? t('ui.chips.placeholder') : ''}
        onChange={(event) => {
          const value = event.target.value;
          if (value.endsWith(',')) add(value.slice(0, -1));
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
            onChange(values.slice(0, -1));
          }
        }}
        onBlur={() => add(text)}
      />
      <datalist id={listId}>
        {suggestions.filter((s) => !values.includes(s)).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
