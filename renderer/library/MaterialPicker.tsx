/**
 * Chooses the items a kader shows: search and tick, in the order ticked. Used
 * to insert a new kader and to change an existing one.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '../app/data.js';
import { useI18n } from '../i18n/I18n.js';
import { Dialog } from '../ui/Dialog.js';
import { EmptyState } from '../ui/EmptyState.js';
import { Snippet } from './Snippet.js';
import { materialHits, useSearch } from './useSearch.js';

export function MaterialPicker({
  initial,
  onDone,
  onClose,
}: {
  initial: string[];
  onDone(ids: string[]): void;
  onClose(): void;
}) {
  const { t, lbl } = useI18n();
  const summaries = useQuery('material.summaries', {});
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>(initial);
  const found = useSearch(query);
  const hits = useMemo(() => materialHits(found), [found]);
  const shown = useMemo(
    () => (summaries.data ?? []).filter((item) => !hits || hits.has(item.id)),
    [summaries.data, hits],
  );
  const toggle = (id: string) => setChosen((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]));

  return (
    <Dialog
      title={initial.length ? t('ui.box.editTitle') : t('ui.box.insertTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <span className="muted picker-count">{t('ui.box.chosen', { count: chosen.length })}</span>
          <button type="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="primary" disabled={chosen.length === 0} onClick={() => onDone(chosen)}>
            {initial.length ? t('ui.ok') : t('ui.box.insert')}
          </button>
        </>
      }
    >
      <input
        type="search"
        className="picker-search"
        autoFocus
        aria-label={t('ui.search.label')}
        placeholder={t('ui.search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {summaries.data && shown.length === 0 && <EmptyState title={t(hits ? 'ui.search.none' : 'ui.library.empty')} />}
      <ul className="picker-list">
        {shown.map((item) => (
          <li key={item.id}>
            <label className="picker-row">
              <input type="checkbox" checked={chosen.includes(item.id)} onChange={() => toggle(item.id)} />
              <span className="picker-main">
                <span className="record-title">{item.title}</span>
                <span className="record-meta">{lbl('materialKind', item.kind)}</span>
                {hits?.get(item.id) && <Snippet text={hits.get(item.id)!} />}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
