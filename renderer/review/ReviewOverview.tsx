/**
 * Where the review stands: per chapter its status, its open, resolved and
 * moved threads and the last activity (a click opens the chapter); per
 * reviewer the chapters "ter review" they still owe a reaction on.
 */
import { useQuery } from '../app/data.js';
import { useNavigation } from '../app/navigation.js';
import { formatMoment } from '../i18n/format.js';
import { useI18n } from '../i18n/I18n.js';
import { EmptyState } from '../ui/EmptyState.js';

export function ReviewOverview({ onOpen }: { onOpen(): void }) {
  const { t, lbl, locale } = useI18n();
  const { go } = useNavigation();
  const overview = useQuery('review.overview', {});
  if (overview.error) return <EmptyState title={overview.error} />;
  if (!overview.data) return <p className="muted pane-note">{t('ui.loading')}</p>;
  const { chapters, reviewers } = overview.data;
  const open = (id: string) => {
    onOpen();
    go({ section: 'chapters', id });
  };

  return (
    <div className="review-overview">
      <section aria-labelledby="overview-chapters">
        <h2 id="overview-chapters">{t('ui.overview.chapters')}</h2>
        <table className="overview-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.overview.chapter')}</th>
              <th scope="col">{t('ui.overview.status')}</th>
              <th scope="col" className="number">{t('ui.overview.open')}</th>
              <th scope="col" className="number">{t('ui.overview.resolved')}</th>
              <th scope="col" className="number">{t('ui.overview.moved')}</th>
              <th scope="col">{t('ui.overview.lastActivity')}</th>
            </tr>
          </thead>
          <tbody>
            {chapters.map((row) => (
              <tr key={row.chapterId} data-chapter={row.chapterId}>
                <th scope="row">
                  <a
                    href={`#/chapters/${encodeURIComponent(row.chapterId)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      open(row.chapterId);
                    }}
                  >
                    {row.title}
                  </a>
                </th>
                <td>
                  <span className={`badge status-${row.status}`}>{lbl('reviewStatus', row.status)}</span>
                </td>
                <td className="number">{row.openThreads}</td>
                <td className="number">{row.resolvedThreads}</td>
                <td className="number">{row.movedThreads}</td>
                <td>{row.lastActivity ? formatMoment(locale, row.lastActivity) : t('ui.overview.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="overview-reviewers">
        <h2 id="overview-reviewers">{t('ui.overview.reviewers')}</h2>
        {reviewers.length === 0 && <p className="muted">{t('ui.overview.noReviewers')}</p>}
        <ul className="overview-reviewers">
          {reviewers.map(({ reviewer, owes }) => (
            <li key={`${reviewer.name} ${reviewer.initials}`}>
              <span className="initials">{reviewer.initials}</span>
              <span className="reviewer-name">{reviewer.name}</span>
              {owes.length === 0 ? (
                <span className="muted">{t('ui.overview.nothingOwed')}</span>
              ) : (
                <>
                  <span>{t('ui.overview.owes', { count: owes.length })}</span>
                  <ul className="owed">
                    {owes.map((chapter) => (
                      <li key={chapter.chapterId}>
                        <a
                          href={`#/chapters/${encodeURIComponent(chapter.chapterId)}`}
                          onClick={(event) => {
                            event.preventDefault();
                            open(chapter.chapterId);
                          }}
                        >
                          {chapter.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
