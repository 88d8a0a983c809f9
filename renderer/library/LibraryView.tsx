/**
 * The material library: search and filters over the list on the left, the
 * chosen item's form on the right. A new item is a draft until its first
 * save; leaving an item with unsaved changes — for another item, a new one
 * or another section — asks first, through the one leave guard
 * (leaveGuard.tsx) the item's form registers with. A reviewer is offered no
 * new item and no import.
 */
import { useEffect, useMemo, useState } from 'react';
import type { MaterialItem, MaterialKind } from '../../main/model/index.js';
import { useQuery } from '../app/data.js';
import { useLeaveGuards } from '../app/leaveGuard.js';
import { useNavigation } from '../app/navigation.js';
import { ImportButton } from '../import/ImportButton.js';
import { useI18n } from '../i18n/I18n.js';
import { useReviewerLock } from '../review/profile.js';
import { EmptyState } from '../ui/EmptyState.js';
import { allThemes, applyFilters, filtersFromQuery, type Filters } from './filters.js';
import { LibraryFilters } from './LibraryFilters.js';
import { MaterialDetail } from './MaterialDetail.js';
import { MaterialList } from './MaterialList.js';
import { newMaterialItem } from './newItem.js';
import { NewMaterialMenu } from './NewMaterialMenu.js';
import { materialHits, useSearch } from './useSearch.js';

type Target = { id: string } | { kind: MaterialKind };

export function LibraryView() {
  const { t } = useI18n();
  const { route, go } = useNavigation();
  const { leave } = useLeaveGuards();
  const summaries = useQuery('material.summaries', {});
  const workgroups = useQuery('workgroups.list', {});
  const sessions = useQuery('sessions.list', {});
  const contributors = useQuery('contributors.list', {});
  const [filters, setFilters] = useState<Filters>(() => filtersFromQuery(route.query));
  const [query, setQuery] = useState('');
  const found = useSearch(query);
  const hits = useMemo(() => materialHits(found), [found]);
  const [draft, setDraft] = useState<MaterialItem | null>(null);
  const locked = useReviewerLock();

  // Arriving at another item from elsewhere (a kader, "waar gebruikt", the back key) leaves the draft.
  useEffect(() => setDraft(null), [route.id]);

  const all = useMemo(() => summaries.data ?? [], [summaries.data]);
  const themes = useMemo(() => allThemes(all), [all]);
  const shown = useMemo(() => {
    const filtered = applyFilters(all, filters);
    if (!hits) return filtered;
    // With a query, the search's ranking decides the order.
    const rank = new Map([...hits.keys()].map((id, i) => [id, i]));
    return filtered.filter((item) => rank.has(item.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  }, [all, filters, hits]);
  const workgroupNames = useMemo(() => new Map((workgroups.data ?? []).map((w) => [w.id, w.name])), [workgroups.data]);

  const open = (target: Target) => {
    if ('kind' in target) {
      setDraft(newMaterialItem(target.kind));
    } else {
      setDraft(null);
      go({ section: 'material', id: target.id });
    }
  };
  // A new draft is no route of its own: it asks through the guard directly, as `go` does for an item.
  const request = (target: Target) => leave(() => open(target));

  const selectedId = draft ? draft.id : route.id;
  const related = {
    workgroups: workgroups.data ?? [],
    sessions: sessions.data ?? [],
    contributors: contributors.data ?? [],
    summaries: all,
    themes,
  };

  return (
    <div className="split">
      <section className="list-pane" aria-label={t('ui.library.list')}>
        <div className="list-tools">
          <input
            id="library-search"
            type="search"
            value={query}
            aria-label={t('ui.search.label')}
            placeholder={t('ui.search.placeholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
          {!locked && <NewMaterialMenu onCreate={(kind) => request({ kind })} />}
          {!locked && <ImportButton />}
        </div>
        <LibraryFilters filters={filters} onChange={setFilters} workgroups={related.workgroups} sessions={related.sessions} themes={themes} />
        {summaries.data && (
          <p className="list-count muted" aria-live="polite">
            {t('ui.library.count', { shown: shown.length, total: all.length })}
          </p>
        )}
        {summaries.data && all.length === 0 && (
          <EmptyState title={t('ui.library.empty')}>
            {!locked && (
              <button type="button" onClick={() => request({ kind: 'story' })}>
                {t('ui.library.newStory')}
              </button>
            )}
          </EmptyState>
        )}
        {all.length > 0 && shown.length === 0 && <EmptyState title={t(hits ? 'ui.search.none' : 'ui.filter.none')} />}
        <MaterialList
          items={shown}
          selectedId={selectedId}
          onSelect={(id) => id !== selectedId && request({ id })}
          snippets={hits}
          workgroupNames={workgroupNames}
          label={t('ui.library.list')}
        />
      </section>
      <section className="detail-pane" aria-label={t('ui.library.detail')}>
        {draft ? (
          <MaterialDetail
            key={draft.id}
            draft={draft}
            related={related}
            onSaved={(item) => {
              setDraft(null);
              go({ section: 'material', id: item.id });
            }}
            onDeleted={() => setDraft(null)}
          />
        ) : route.id ? (
          <MaterialDetail
            key={route.id}
            id={route.id}
            related={related}
            onSaved={() => undefined}
            onDeleted={() => go({ section: 'material', id: null })}
          />
        ) : (
          all.length > 0 && <EmptyState title={t('ui.library.choose')} />
        )}
      </section>
    </div>
  );
}
