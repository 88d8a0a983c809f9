/** The sessions in the order they took place, with place, workgroup and how much material came from each. */
import type { MaterialSummary } from '../../main/ipc/contract.js';
import type { Session, Workgroup } from '../../main/model/index.js';
import { useNavigation } from '../app/navigation.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/I18n.js';
import { sessionTimeline } from './tally.js';

export function SessionTimeline({ sessions, workgroups, items }: { sessions: Session[]; workgroups: Workgroup[]; items: MaterialSummary[] }) {
  const { t, lbl, locale } = useI18n();
  const { go } = useNavigation();
  if (sessions.length === 0) return <p className="muted">{t('ui.overviews.noSessions')}</p>;
  const names = new Map(workgroups.map((w) => [w.id, w.name]));
  return (
    <ol className="timeline">
      {sessionTimeline(sessions, items).map(({ session, material }) => (
        <li key={session.id}>
          <time dateTime={session.date}>{formatDate(locale, session.date)}</time>
          <div>
            <strong>{session.title}</strong>
            <div className="muted">
              {[lbl('sessionKind', session.kind), session.place || t('ui.overviews.noPlace'), session.workgroupId ? names.get(session.workgroupId) : null]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {material > 0 && (
              <button type="button" className="link" onClick={() => go({ section: 'material', id: null, query: { sessionId: session.id } })}>
                {t('ui.overviews.count', { count: material })}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
