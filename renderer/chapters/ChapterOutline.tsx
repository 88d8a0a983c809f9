/**
 * The publication's chapters in reading order. Reorder by dragging a row, or
 * with Alt+↑ / Alt+↓ on the focused row (the row keeps focus as it moves).
 * The new order shows at once and is then stored. Without `onReorder` (a
 * reviewer's outline) the rows only open their chapter.
 */
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { ChapterSummary } from '../../main/ipc/contract.js';
import { useI18n } from '../i18n/I18n.js';
import { moveFocus } from '../ui/moveFocus.js';

const dragType = 'application/x-bundel-chapter';

function moved(ids: string[], id: string, to: number): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.max(0, Math.min(rest.length, to)), 0, id);
  return rest;
}

export function ChapterOutline({
  chapters,
  selectedId,
  onSelect,
  onReorder,
}: {
  chapters: ChapterSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  onReorder: ((ids: string[]) => void) | null;
}) {
  const { t, lbl } = useI18n();
  const [dropAt, setDropAt] = useState<number | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const ids = chapters.map((c) => c.id);

  useEffect(() => {
    if (!focusAfterMove.current) return;
    list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusAfterMove.current)}"]`)?.focus();
    focusAfterMove.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string, index: number) => {
    if (!onReorder || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    const to = index + (event.key === 'ArrowUp' ? -1 : 1);
    if (to < 0 || to >= ids.length) return;
    focusAfterMove.current = id;
    onReorder(moved(ids, id, to));
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (!onReorder || !event.dataTransfer.types.includes(dragType)) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    setDropAt(event.clientY < box.top + box.height / 2 ? index : index + 1);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    const id = event.dataTransfer.getData(dragType);
    if (!onReorder || !id || dropAt === null) return;
    event.preventDefault();
    const from = ids.indexOf(id);
    setDropAt(null);
    onReorder(moved(ids, id, dropAt > from ? dropAt - 1 : dropAt));
  };

  return (
    <ol
      className="outline"
      ref={list}
      aria-label={t('ui.chapters.outline')}
      aria-describedby={onReorder ? 'outline-help' : undefined}
      onKeyDown={(event) => !event.altKey && moveFocus(event, '.outline-row')}
      onDrop={onDrop}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropAt(null);
      }}
    >
      {chapters.map((chapter, index) => (
        <li
          key={chapter.id}
          className={`${dropAt === index ? 'drop-before' : ''} ${dropAt === index + 1 && index === chapters.length - 1 ? 'drop-after' : ''}`}
          onDragOver={(event) => onDragOver(event, index)}
        >
          <button
            type="button"
            className="outline-row"
            data-id={chapter.id}
            draggable={onReorder !== null}
            aria-current={chapter.id === selectedId ? 'true' : undefined}
            onDragStart={(event) => {
              event.dataTransfer.setData(dragType, chapter.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => setDropAt(null)}
            onClick={() => onSelect(chapter.id)}
            onKeyDown={(event) => onKeyDown(event, chapter.id, index)}
          >
            <span className="outline-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="outline-main">
              <span className="record-title">{chapter.title}</span>
              <span className="record-meta">
                {lbl('chapterKind', chapter.kind)}
                {chapter.byline ? ` · ${chapter.byline}` : ''} · {t('ui.chapters.words', { count: chapter.words })}
              </span>
            </span>
            <span className={`badge ${chapter.reviewStatus === 'approved' ? 'ok' : chapter.reviewStatus === 'inReview' ? 'warn' : ''}`}>
              {lbl('reviewStatus', chapter.reviewStatus)}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
