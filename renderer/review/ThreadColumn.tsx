/**
 * The column beside the text: the filter, then each shown thread next to its
 * passage. Cards are placed after React has drawn them, from where the
 * editor puts their passages, pushed down where they would overlap; the
 * column scrolls with the text because it lives in the same scroller.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterPaint } from '../app/afterPaint.js';
import { useI18n } from '../i18n/I18n.js';
import { commentPassages } from './commentPlugin.js';
import { CommentForm } from './CommentForm.js';
import { threadFilters } from './filter.js';
import { useProfile } from './profile.js';
import { CardPlacement } from './placement.js';
import { ThreadCard } from './ThreadCard.js';
import type { ChapterComments } from './useChapterComments.js';

export function ThreadColumn({ comments }: { comments: ChapterComments }) {
  const { t } = useI18n();
  const me = useProfile().state?.profile ?? null;
  const { view, shown, active, drafting, filter, setFilter, act, select, cancelDraft, onTextChange } = comments;
  const cards = useRef<HTMLDivElement>(null);
  const [placement] = useState(() => new CardPlacement());

  // Drawn anew: the cards may be others, or other sizes.
  useLayoutEffect(() => {
    placement.measureAll();
    if (view && cards.current) placement.place(view, cards.current);
  });

  // Typing, and the text reflowing (window, images, fonts), move passages: place the cards again once the text is painted
  // (see afterPaint; the cards move with an easing of their own, a frame later is not seen).
  useEffect(() => {
    if (!view) return;
    const placing = afterPaint(() => cards.current && placement.place(view, cards.current));
    const observer = new ResizeObserver(() => {
      placement.measureAll();
      placing.request();
    });
    observer.observe(view.dom);
    const unsubscribe = onTextChange((tr) => {
      placement.noteChange(tr);
      placing.request();
    });
    return () => {
      placing.cancel();
      observer.disconnect();
      unsubscribe();
    };
  }, [view, onTextChange, placement]);

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
