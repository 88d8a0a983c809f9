/**
 * Snapshots of a chapter: take one with a label, and restore any of them.
 * Restoring first snapshots the current state (the store does that), so a
 * restore can itself be undone.
 */
import { useState } from 'react';
import type { Chapter } from '../../main/model/index.js';
import { useData, useQuery } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useToast } from '../app/toasts.js';
import { formatMoment } from '../i18n/format.js';
import { useI18n } from '../i18n/I18n.js';
import type { Autosave } from './useAutosave.js';

export function Snapshots({ chapterId, autosave, onRestored }: { chapterId: string; autosave: Autosave; onRestored(chapter: Chapter): void }) {
  const { t, locale } = useI18n();
  const { write } = useData();
  const toast = useToast();
  const list = useQuery('snapshots.list', { chapterId });
  const [label, setLabel] = useState('');
  const when = (stamp: string) => formatMoment(locale, stamp);
  const fail = (error: unknown) => toast({ text: errorText(error, t), tone: 'error' });

  const take = async () => {
    await autosave.flush();
    try {
      await write('snapshots.take', { chapterId, label: label.trim() || t('ui.snapshots.defaultLabel', { when: when(new Date().toISOString()) }) });
      setLabel('');
    } catch (error) {
      fail(error);
    }
  };

  const restore = async (snapshotId: string, shown: string) => {
    await autosave.flush();
    try {
      onRestored(await write('snapshots.restore', { snapshotId }));
      toast({ text: t('ui.snapshots.restored', { label: shown }) });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="snapshots">
      <form
        className="snapshot-take"
        onSubmit={(event) => {
          event.preventDefault();
          void take();
        }}
      >
        <input type="text" value={label} aria-label={t('ui.snapshots.label')} placeholder={t('ui.snapshots.label')} onChange={(event) => setLabel(event.target.value)} />
        <button type="submit">{t('ui.snapshots.take')}</button>
      </form>
      {list.data && list.data.length === 0 && <p className="muted">{t('ui.snapshots.none')}</p>}
      <ul className="snapshot-list">
        {(list.data ?? []).map((snapshot) => (
          <li key={snapshot.id}>
            <span className="snapshot-label">{snapshot.label || snapshot.title}</span>
            <span className="muted">{when(snapshot.takenAt)}</span>
            <button type="button" onClick={() => void restore(snapshot.id, snapshot.label || snapshot.title)}>
              {t('ui.snapshots.restore')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
