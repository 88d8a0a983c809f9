/**
 * The library in small beside the chapter: search, and drag an item into the
 * text to place it in a kader (or onto a kader to add it there). Clicking an
 * item opens it in the library.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '../app/data.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { MaterialList } from '../library/MaterialList.js';
import { materialHits, useSearch } from '../library/useSearch.js';

export function MaterialShelf() {
  const { t } = useI18n();
  const { go } = useNavigation();
  const summaries = useQuery('material.summaries', {});
  const workgroups = useQuery('workgroups.list', {});
  const [query, setQuery] = useState('');
  const found = useSearch(query, 100);
  const hits = useMemo(() => materialHits(found), [found]);
  const items = useMemo(() => (summaries.data ?? []).filter((item) => !hits || hits.has(item.id)), [summaries.data, hits]);
  const names = useMemo(() => new Map((workgroups.data ?? []).map((w) => [w.id, w.name])), [workgroups.data]);
  return (
    <div className="shelf">
      <input
        type="search"
        value={query}
        aria-label={t('ui.search.label')}
        placeholder={t('ui.search.placeholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="muted shelf-hint">{t('ui.shelf.hint')}</p>
      <MaterialList
        items={items}
        selectedId={null}
        onSelect={(id) => go({ section: 'material', id })}
        snippets={hits}
        workgroupNames={names}
        draggable
        label={t('ui.shelf.label')}
      />
    </div>
  );
}
