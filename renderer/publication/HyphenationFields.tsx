/**
 * Afbreken: the publication's own word divisions, part of the publication
 * and saved with it. The list is alphabetical; a word is added below the
 * patterns' offer (AddDivision) and changed or taken out in its row.
 */
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18n.js';
import { AddDivision } from './AddDivision.js';
import { DivisionRow } from './DivisionRow.js';
import { sortedEntries } from './divisions.js';

export function HyphenationFields({
  entries,
  locked,
  invalid,
  onChange,
}: {
  entries: readonly string[];
  locked: boolean;
  invalid: boolean;
  onChange(entries: string[]): void;
}) {
  const { t } = useI18n();
  const [added, setAdded] = useState<string | null>(null);
  const sorted = useMemo(() => sortedEntries(entries), [entries]);
  const titleId = useId();

  return (
    <section className={`division-section wide-row${invalid ? ' invalid' : ''}`} aria-labelledby={titleId}>
      <h3 className="form-section" id={titleId}>
        {t('ui.field.hyphenation')}
        <span className="muted division-count">{t('ui.hyphenation.count', { count: entries.length })}</span>
      </h3>
      <p className="field-hint">{t('ui.hyphenation.hint')}</p>
      {!locked && (
        <AddDivision
          entries={entries}
          onAdd={(entry) => {
            onChange([...entries, entry]);
            setAdded(entry);
          }}
        />
      )}
      {sorted.length === 0 ? (
        <p className="muted">{t('ui.hyphenation.empty')}</p>
      ) : (
        <ul className="division-list" aria-labelledby={titleId}>
          {sorted.map((entry) => (
            <DivisionRow
              key={entry}
              entry={entry}
              entries={entries}
              locked={locked}
              added={entry === added}
              onChange={(next) => {
                onChange(entries.map((e) => (e === entry ? next : e)));
                setAdded(next);
              }}
              onRemove={() => onChange(entries.filter((e) => e !== entry))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
