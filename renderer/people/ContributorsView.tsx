/**
 * Contributors: the people whose material this is, with their role and
 * position, and the chosen one's form (no new one for a reviewer); choosing
 * another with unsaved changes asks first.
 */
import { useMemo, useState } from 'react';
import { newId, type Contributor } from '../../main/model/index.js';
import { useQuery } from '../app/data.js';
import { useLeaveGuards } from '../app/leaveGuard.js';
import { useI18n } from '../i18n/I18n.js';
import { moveFocus } from '../ui/moveFocus.js';
import { useReviewerLock } from '../review/profile.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ContributorForm } from './ContributorForm.js';

type Open = { record: Contributor; isNew: boolean } | null;

export function ContributorsView() {
  const { t, lbl } = useI18n();
  const contributors = useQuery('contributors.list', {});
  const workgroups = useQuery('workgroups.list', {});
  const [open, setOpen] = useState<Open>(null);
  const { leave } = useLeaveGuards();
  // Another record replaces the open form: its unsaved changes are asked about, as when leaving the section.
  const choose = (next: Open) => {
    if (next?.record.id !== open?.record.id) leave(() => setOpen(next));
  };
  const [filter, setFilter] = useState('');
  const locked = useReviewerLock();
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase('nl');
    return [...(contributors.data ?? [])]
      .filter((c) => !needle || `${c.name} ${c.organisation}`.toLocaleLowerCase('nl').includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [contributors.data, filter]);

  return (
    <div className="split">
      <section className="list-pane" aria-label={t('ui.nav.contributors')}>
        <div className="list-tools">
          <input type="search" value={filter} aria-label={t('ui.contributors.filter')} placeholder={t('ui.contributors.filter')} onChange={(e) => setFilter(e.target.value)} />
          {!locked && (
            <button
              type="button"
              className="primary"
              onClick={() => choose({ isNew: true, record: { id: newId(), name: '', role: 'resident', position: 'informal', organisation: '', workgroupIds: [], pseudonym: null } })}
            >
              {t('ui.contributors.new')}
            </button>
          )}
        </div>
        {contributors.data?.length === 0 && <EmptyState title={t('ui.contributors.empty')} />}
        <ul className="record-list" onKeyDown={(e) => moveFocus(e, '.record')}>
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" className="record" aria-current={open?.record.id === c.id ? 'true' : undefined} onClick={() => choose({ record: c, isNew: false })}>
                <span className="record-title">{c.name}</span>
                <span className="record-meta">{[lbl('role', c.role), lbl('position', c.position), c.organisation].filter(Boolean).join(' · ')}</span>
                {c.pseudonym && <span className="record-badges"><span className="badge">{t('ui.contributors.pseudonymBadge', { pseudonym: c.pseudonym })}</span></span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="detail-pane" aria-label={t('ui.library.detail')}>
        {open ? (
          <ContributorForm
            key={open.record.id}
            initial={open.record}
            isNew={open.isNew}
            workgroups={workgroups.data ?? []}
            onSaved={(record) => setOpen({ record, isNew: false })}
            onDeleted={() => setOpen(null)}
          />
        ) : (
          shown.length > 0 && <EmptyState title={t('ui.contributors.choose')} />
        )}
      </section>
    </div>
  );
}
