/**
 * Adding a word to the publication's divisions: the editor types the word,
 * Bundel offers how the Dutch patterns divide it now, the editor takes that
 * over and moves the hyphens where the word really joins, and adds it.
 * Enter adds rather than saving the form around it.
 */
import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n.js';
import { DividedWord } from './DividedWord.js';
import { bareWord, entryProblem, normalEntry, type EntryProblem } from './divisions.js';
import { usePatternDivision } from './usePatternDivision.js';

const MARK = '\u0000';

export function AddDivision({ entries, onAdd }: { entries: readonly string[]; onAdd(entry: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const offer = usePatternDivision(bareWord(text));
  const input = useRef<HTMLInputElement>(null);
  // The division set apart in the sentence, wherever the language puts it.
  const [before, after] = t('ui.hyphenation.offer', { division: MARK }).split(MARK);

  const add = () => {
    if (text.trim() === '') return;
    const found = entryProblem(text, entries);
    setProblem(found);
    if (found !== null) return;
    onAdd(normalEntry(text));
    setText('');
  };

  return (
    <div className={`field wide division-add${problem ? ' invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {t('ui.hyphenation.word')}
      </label>
      <div className="division-add-row">
        <input
          id={id}
          ref={input}
          type="text"
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem !== null || undefined}
          aria-describedby={`${id}-hint ${id}-said`}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add} disabled={text.trim() === ''}>
          {t('ui.hyphenation.add')}
        </button>
      </div>
      <div id={`${id}-said`} aria-live="polite">
        {problem ? (
          <p className="division-problem">
            {t(problem.key, problem.params)}
          </p>
        ) : (
          offer !== null && (
            <p className="division-offer">
              {offer.includes('-') ? (
                <span>
                  {before}
                  <DividedWord entry={offer} />
                  {after}
                </span>
              ) : (
                t('ui.hyphenation.offerNever')
              )}
              {offer.includes('-') && normalEntry(text) !== offer && (
                <button
                  type="button"
                  className="quiet"
                  onClick={() => {
                    setText(offer);
                    input.current?.focus();
                  }}
                >
                  {t('ui.hyphenation.useOffer')}
                </button>
              )}
            </p>
          )
        )}
      </div>
      <span className="field-hint" id={`${id}-hint`}>
        {t('ui.hyphenation.wordHint')}
      </span>
    </div>
  );
}
