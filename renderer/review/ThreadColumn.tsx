/**
 * The column beside the text: the filter, then each shown thread next to its
 * passage. Cards are placed after React has drawn them, from where the
 * editor puts their passages, pushed down where they would overlap; the
 * column scrolls with the text because it lives in the same scroller.
 */
import type { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18n.js';
import { commentPassages, commentView } from './commentPlugin.js';
import { CommentForm } from './CommentForm.js';
import { threadFilters } from './filter.js';
import { useProfile } from './profile.js';
import { ThreadCard } from './ThreadCard.js';
import type { ChapterComments } from './useChapterComments.js';

const gap = 8;

export function ThreadColumn({ comments }: { comments: ChapterComments }) {
  const { t } = useI18n();
  const me = useProfile().state?.profile ?? null;
  const { view, shown, active, drafting, filter, setFilter, act, select, cancelDraft, onTextChange } = comments;
  const cards = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (view && cards.current) place(view, cards.current);
  });

  // Typing, and the text reflowing (window, images, fonts), move passages: place the cards again, once a frame.
  useEffect(() => {
    if (!view) return;
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => cards.current && place(view, cards.current));
    };
    const observer = new ResizeObserver(later);
    observer.observe(view.dom);
    const unsubscribe = onTextChange(later);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      unsubscribe();
    };
  }, [view, onTextChange]);

  const ranges = view ? commentPassages(view.state) : new Map<string, { from: number }>();
  const ordered = [...shown].sort((a, b) => (ranges.get(a.id)?.from ?? Infinity) - (ranges.get(b.id)?.from ?? Infinity));

  return (
    <div className="thread-column" aria-label={t('ui.review.threads')} role="complementary">
      <div className="thread-filter" role="group" aria-label={t('ui.review.filter')}>
        {threadFilters.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`ui.review.filter.${f}`)}
          </button>
        ))}
      </div>
      <div className="thread-cards" ref={cards}>
        {drafting && (
          <div className="thread draft" data-draft="true">
            <CommentForm label={t('ui.review.commentText')} submit={t('ui.review.place')} onCancel={cancelDraft} onSend={act.comment} />
          </div>
        )}
        {ordered.map((thread) => (
          <ThreadCard key={thread.id} thread={thread} me={me} active={thread.id === active} act={act} onSelect={select} />
        ))}
        {shown.length === 0 && !drafting && <p className="muted thread-none">{t('ui.review.none')}</p>}
      </div>
    </div>
  );
}

/** Puts each card at the height of its passage (the draft at its selection), never over the card above. */
function place(view: EditorView, container: HTMLElement): void {
  const origin = container.getBoundingClientRect().top;
  const ranges = commentPassages(view.state);
  const draft = commentView(view.state).draft;
  // Each passage measured once: every coordsAtPos asks the browser for the text's boxes.
  const wanted = new Map<HTMLElement, number | null>();
  for (const card of container.children) {
    if (!(card instanceof HTMLElement) || !card.classList.contains('thread')) continue;
    const from = card.dataset.draft ? draft?.from : ranges.get(card.dataset.thread ?? '')?.from;
    wanted.set(card, from === undefined || from > view.state.doc.content.size ? null : view.coordsAtPos(from).top - origin);
  }
  // The draft goes where its passage is, among the others.
  const placed = [...wanted.keys()].sort((a, b) => (wanted.get(a) ?? Infinity) - (wanted.get(b) ?? Infinity));
  // All reads before the first write, so the browser lays the page out once, not once per card.
  const heights = placed.map((card) => card.offsetHeight);
  let floor = 0;
  placed.forEach((card, i) => {
    const top = Math.max(wanted.get(card) ?? floor, floor);
    card.style.top = `${top}px`;
    floor = top + heights[i]! + gap;
  });
  container.style.minHeight = `${floor}px`;
}
