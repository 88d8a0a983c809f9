/**
 * One of the publication's divisions: shown as a dictionary shows a word,
 * changed in place (Enter keeps, Escape leaves it as it was), or taken out.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n.js';
import { DividedWord } from './DividedWord.js';
import { entryProblem, normalEntry, type EntryProblem } from './divisions.js';

export function DivisionRow({
  entry,
  entries,
  locked,
  added,
  onChange,
  onRemove,
}: {
  entry: string;
  entries: readonly string[];
  locked: boolean;
  /** Just added: brought into view, as the list is alphabetical. */
  added: boolean;
  onChange(entry: string): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const row = useRef<HTMLLIElement>(null);
  const word = entry.replaceAll('-', '');

  useEffect(() => {
    if (added) row.current?.scrollIntoView({ block: 'nearest' });
  }, [added]);

  const keep = () => {
    if (editing === null) return;
    const found = entryProblem(editing, entries, entry);
    setProblem(found);
    if (found !== null) return;
    setEditing(null);
    if (normalEntry(editing) !== entry) onChange(normalEntry(editing));
  };
  const leave = () => {
    setEditing(null);
    setProblem(null);
  };

  if (editing !== null) {
    return (
      <li className={`division editing${problem ? ' invalid' : ''}`} ref={row}>
        <input
          type="text"
          autoFocus
          value={editing}
          spellCheck={false}
          aria-label={t('ui.hyphenation.editLabel', { word })}
          aria-invalid={problem !== null || undefined}
          onChange={(event) => {
            setEditing(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              keep();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              leave();
            }
          }}
        />
        <button type="button" onClick={keep}>
          {t('ui.ok')}
        </button>
        <button type="button" className="quiet" onClick={leave}>
          {t('ui.cancel')}
        </button>
        {problem && <p className="division-problem">{t(problem.key, problem.params)}</p>}
      </li>
    );
  }

  return (
    <li className={`division${added ? ' added' : ''}`} ref={row}>
      <DividedWord entry={entry} />
      {!entry.includes('-') && <span className="badge">{t('ui.hyphenation.never')}</span>}
      {!locked && (
        <span className="division-tools">
          <button type="button" className="quiet" aria-label={t('ui.hyphenation.edit', { entry })} onClick={() => setEditing(entry)}>
            {t('ui.hyphenation.change')}
          </button>
          <button type="button" className="quiet" aria-label={t('ui.hyphenation.remove', { entry })} title={t('ui.hyphenation.remove', { entry })} onClick={onRemove}>
            ×
          </button>
        </span>
      )}
    </li>
  );
}
