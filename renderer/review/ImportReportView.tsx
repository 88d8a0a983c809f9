/**
 * What an import of a reviewer's work did, as `bundel review import --json`
 * says it: added, already there (a second import adds nothing, and says so),
 * and the threads whose passage is gone, each with its quoted passage — kept
 * on the nearest text of their chapter, never dropped. An added comment
 * links to its chapter, where the sidebar shows it on its passage.
 */
import type { ReviewImportEntry, ReviewImportReport } from '../../main/ipc/contract.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';

export function ImportReportView({ name, report, onOpen }: { name: string; report: ReviewImportReport; onOpen(): void }) {
  const { t } = useI18n();
  const { added, matched, unplaced } = report;
  const counts = { added: added.length, matched: matched.length, unplaced: unplaced.length };
  return (
    <section className="review-import-report" aria-label={t('ui.reviewRound.import.title')}>
      <p className="review-import-summary" role="status">
        {t('ui.reviewRound.import.summary', counts)}
      </p>
      {added.length === 0 && unplaced.length === 0 && <p>{t('ui.reviewRound.import.nothingNew', { name })}</p>}
      {added.length > 0 && <EntryList title={t('ui.reviewRound.import.added')} entries={added} onOpen={onOpen} />}
      {unplaced.length > 0 && (
        <>
          <h3>{t('ui.reviewRound.import.unplaced')}</h3>
          <p className="muted">{t('ui.reviewRound.import.unplacedHint')}</p>
          <ul className="review-import-list unplaced" aria-label={t('ui.reviewRound.import.unplaced')}>
            {unplaced.map((u, i) => (
              <li key={u.threadId ?? i}>
                {u.quote && <q className="review-import-quote">{u.quote}</q>} <strong>{u.author}</strong>: {u.text}{' '}
                <span className="muted">
                  ({u.kept ? t('ui.reviewRound.import.kept', { chapter: u.chapterTitle }) : t('ui.reviewRound.import.notPlaced')})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {matched.length > 0 && (
        <details>
          <summary>
            {t('ui.reviewRound.import.matched')} ({matched.length})
          </summary>
          <EntryList entries={matched} onOpen={onOpen} />
        </details>
      )}
    </section>
  );
}

function EntryList({ title, entries, onOpen }: { title?: string; entries: ReviewImportEntry[]; onOpen(): void }) {
  const { t, lbl } = useI18n();
  const { go } = useNavigation();
  return (
    <>
      {title && <h3>{title}</h3>}
      <ul className="review-import-list" aria-label={title}>
        {entries.map((e, i) => (
          <li key={`${e.threadId ?? e.chapterId} ${e.what} ${i}`}>
            <span className="badge">{t(`ui.reviewRound.what.${e.what}`)}</span> <strong>{e.author}</strong>
            {e.text && `: ${e.what === 'status' ? lbl('reviewStatus', e.text) : e.text}`}{' '}
            <a
              href={`#/chapters/${encodeURIComponent(e.chapterId)}`}
              onClick={(event) => {
                event.preventDefault();
                onOpen();
                go({ section: 'chapters', id: e.chapterId });
              }}
            >
              {t('ui.reviewRound.import.open', { chapter: e.chapterTitle })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
