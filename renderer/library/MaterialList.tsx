/**
 * The material as a list: title, kind and workgroup, the search snippet, and
 * badges for editorial status, missing consent and whether a chapter uses it.
 * Arrow keys (and Home, End) move between rows. Rows can be dragged into a
 * chapter's text.
 *
 * The library has thousands of items: only the rows in view are rendered
 * (useWindow). Each row says where it stands in the whole list (aria-posinset
 * of aria-setsize), the focused row stays rendered while the list scrolls, and
 * the chosen row is scrolled into view when the choice comes from elsewhere.
 */
import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { MaterialSummary } from '../../main/ipc/contract.js';
import { materialDragType } from '../editor/setup.js';
import { useI18n } from '../i18n/I18n.js';
import { useWindow } from '../ui/useWindow.js';
import { Snippet } from './Snippet.js';

interface Props {
  items: MaterialSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  snippets: Map<string, string> | null;
  workgroupNames: Map<string, string>;
  draggable?: boolean;
  label: string;
}

export function MaterialList({ items, selectedId, onSelect, snippets, workgroupNames, draggable, label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const keys = useMemo(() => items.map((item) => item.id), [items]);
  const win = useWindow(keys, scroller);
  // Rows are memoised: the parent's callback goes through a ref so it does not re-render them all.
  const select = useRef(onSelect);
  select.current = onSelect;
  const [choose] = useMemo(() => [(id: string) => select.current(id)], []);

  // A choice made elsewhere (a kader, "waar gebruikt", a new item's first save): show its row.
  const selectedIndex = useMemo(() => (selectedId ? keys.indexOf(selectedId) : -1), [keys, selectedId]);
  const shownSelection = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (selectedId === shownSelection.current || selectedIndex < 0) return;
    shownSelection.current = selectedId;
    if (!list.current?.contains(document.activeElement)) win.reveal(selectedIndex, { now: false, center: true });
  }, [selectedId, selectedIndex, win]);

  const focusRow = (i: number) => {
    win.setFocused(i);
    win.reveal(i);
    list.current?.querySelector<HTMLElement>(`li[data-index="${i}"] > .record`)?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[data-index]');
    if (!row || !list.current?.contains(row)) return;
    const at = Number(row.dataset.index);
    const last = items.length - 1;
    const to =
      event.key === 'ArrowDown' ? Math.min(last, at + 1)
      : event.key === 'ArrowUp' ? Math.max(0, at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (to === null) return;
    event.preventDefault();
    focusRow(to);
  };

  return (
    <div className="record-scroll" ref={scroller} onScroll={win.onScroll}>
      <ul
        ref={list}
        className="record-list virtual"
        aria-label={label}
        data-count={items.length}
        style={{ height: win.total }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
          if (row) win.setFocused(Number(row.dataset.index));
        }}
        onBlur={(event) => {
          if (!list.current?.contains(event.relatedTarget as Node | null)) win.setFocused(null);
        }}
      >
        {win.indexes.map((i) => {
          const item = items[i]!;
          return (
            <li
              key={item.id}
              ref={win.measure(item.id)}
              data-index={i}
              aria-setsize={items.length}
              aria-posinset={i + 1}
              style={{ transform: `translateY(${win.offset(i)}px)` }}
            >
              <Row
                item={item}
                selected={item.id === selectedId}
                snippet={snippets?.get(item.id)}
                workgroup={item.workgroupId ? workgroupNames.get(item.workgroupId) : undefined}
                draggable={draggable}
                onSelect={choose}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const Row = memo(function Row({
  item,
  selected,
  snippet,
  workgroup,
  draggable,
  onSelect,
}: {
  item: MaterialSummary;
  selected: boolean;
  snippet: string | undefined;
  workgroup: string | undefined;
  draggable: boolean | undefined;
  onSelect(id: string): void;
}) {
  const { t, lbl } = useI18n();
  const status = item.editorialStatus;
  return (
    <button
      type="button"
      className="record"
      aria-current={selected ? 'true' : undefined}
      data-id={item.id}
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData(materialDragType, item.id);
        event.dataTransfer.setData('text/plain', item.title);
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => onSelect(item.id)}
    >
      <span className="record-title">{item.title}</span>
      <span className="record-meta">{[lbl('materialKind', item.kind), workgroup].filter(Boolean).join(' · ')}</span>
      {snippet && <Snippet text={snippet} />}
      <span className="record-badges">
        <span className={`badge ${status === 'approved' ? 'ok' : ''}`}>{lbl('editorialStatus', status)}</span>
        {item.consent !== 'given' && (
          <span className="badge warn" title={t('ui.consent.title')}>
            {t('ui.consent.warning', { consent: lbl('consent', item.consent) })}
          </span>
        )}
        {item.usedIn.length > 0 ? (
          <span className="badge accent">{t('ui.usage.usedIn', { count: item.usedIn.length })}</span>
        ) : (
          <span className="badge">{t('ui.usage.unused')}</span>
        )}
      </span>
    </button>
  );
});
