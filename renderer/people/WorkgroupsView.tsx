/**
 * Workgroups and their sessions: each workgroup with its sessions beneath it
 * (sessions without a workgroup at the end), and the chosen one's form;
 * choosing another with unsaved changes asks first. A reviewer is offered no
 * new workgroup or session.
 */
import { useMemo, useState } from 'react';
import { newId, type Session, type Workgroup } from '../../main/model/index.js';
import { useQuery } from '../app/data.js';
import { useLeaveGuards } from '../app/leaveGuard.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/I18n.js';
import { moveFocus } from '../ui/moveFocus.js';
import { useReviewerLock } from '../review/profile.js';
import { EmptyState } from '../ui/EmptyState.js';
import { SessionForm } from './SessionForm.js';
import { WorkgroupForm } from './WorkgroupForm.js';

type Open = { type: 'workgroup'; record: Workgroup; isNew: boolean } | { type: 'session'; record: Session; isNew: boolean } | null;

export function WorkgroupsView() {
  const { t, lbl, locale } = useI18n();
  const workgroups = useQuery('workgroups.list', {});
  const sessions = useQuery('sessions.list', {});
  const [open, setOpen] = useState<Open>(null);
  const { leave } = useLeaveGuards();
  // Another record replaces the open form: its unsaved changes are asked about, as when leaving the section.
  const choose = (next: Open) => {
    if (next?.record.id !== open?.record.id) leave(() => setOpen(next));
  };
  const locked = useReviewerLock();
  const groups = workgroups.data ?? [];
  const bySession = useMemo(() => {
    const map = new Map<string | null, Session[]>();
    for (const s of [...(sessions.data ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
      const key = groups.some((g) => g.id === s.workgroupId) ? s.workgroupId : null;
      map.set(key, [...(map.get(key) ?? []), s]);
    }
    return map;
  }, [sessions.data, groups]);

  const newWorkgroup = () => choose({ type: 'workgroup', isNew: true, record: { id: newId(), name: '', theme: '', description: '' } });
  const newSession = (workgroupId: string | null) =>
    choose({
      type: 'session',
      isNew: true,
      record: { id: newId(), kind: 'workgroupMeeting', title: '', date: new Date().toISOString().slice(0, 10), place: '', workgroupId, participants: null, notes: '' },
    });

  const sessionRow = (s: Session) => (
    <li key={s.id}>
      <button type="button" className="record nested" aria-current={open?.record.id === s.id ? 'true' : undefined} onClick={() => choose({ type: 'session', record: s, isNew: false })}>
        <span className="record-title">{s.title}</span>
        <span className="record-meta">{[lbl('sessionKind', s.kind), formatDate(locale, s.date), s.place].filter(Boolean).join(' · ')}</span>
      </button>
    </li>
  );
  const loose = bySession.get(null) ?? [];

  return (
    <div className="split">
      <section className="list-pane" aria-label={t('ui.nav.workgroups')}>
        {!locked && (
          <div className="list-tools">
            <button type="button" className="primary" onClick={newWorkgroup}>{t('ui.workgroups.new')}</button>
            <button type="button" onClick={() => newSession(open?.type === 'workgroup' ? open.record.id : null)}>{t('ui.sessions.new')}</button>
          </div>
        )}
        {workgroups.data && sessions.data && groups.length === 0 && loose.length === 0 && (
          <EmptyState title={t('ui.workgroups.empty')} />
        )}
        <ul className="record-list" onKeyDown={(e) => moveFocus(e, '.record')}>
          {groups.map((g) => (
            <li key={g.id}>
              <button type="button" className="record" aria-current={open?.record.id === g.id ? 'true' : undefined} onClick={() => choose({ type: 'workgroup', record: g, isNew: false })}>
                <span className="record-title">{g.name}</span>
                <span className="record-meta">{g.theme}</span>
              </button>
              <ul className="nested-list">{(bySession.get(g.id) ?? []).map(sessionRow)}</ul>
            </li>
          ))}
          {loose.length > 0 && (
            <li>
              <p className="list-heading">{t('ui.sessions.loose')}</p>
              <ul className="nested-list">{loose.map(sessionRow)}</ul>
            </li>
          )}
        </ul>
      </section>
      <section className="detail-pane" aria-label={t('ui.library.detail')}>
        {open?.type === 'workgroup' && (
          <WorkgroupForm key={open.record.id} initial={open.record} isNew={open.isNew} onSaved={(record) => setOpen({ type: 'workgroup', record, isNew: false })} onDeleted={() => setOpen(null)} />
        )}
        {open?.type === 'session' && (
          <SessionForm key={open.record.id} initial={open.record} isNew={open.isNew} workgroups={groups} onSaved={(record) => setOpen({ type: 'session', record, isNew: false })} onDeleted={() => setOpen(null)} />
        )}
        {!open && groups.length > 0 && <EmptyState title={t('ui.workgroups.choose')} />}
      </section>
    </div>
  );
}
