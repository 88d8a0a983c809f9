/**
 * A thread beside its passage: the quoted passage (click to select it in the
 * text), the comments, a reply, and resolving or reopening. A card draws again
 * only when its own props change: the column renders with every save and every
 * move of the cursor, and a chapter can hold a hundred threads.
 */
import { memo, useState, type MouseEvent } from 'react';
import type { Author, CommentThread } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import { CommentForm } from './CommentForm.js';
import { CommentItem } from './CommentItem.js';
import type { ReviewActions } from './useChapterComments.js';

export const ThreadCard = memo(function ThreadCard({
  thread,
  me,
  active,
  act,
  onSelect,
}: {
  thread: CommentThread;
  me: Author | null;
  active: boolean;
  act: ReviewActions;
  onSelect(threadId: string): void;
}) {
  const { t } = useI18n();
  const [replying, setReplying] = useState(false);
  const first = thread.comments[0]!;
  const quote = thread.anchor.quote.length > 80 ? `${thread.anchor.quote.slice(0, 80)}…` : thread.anchor.quote;
  // Clicking the card's plain parts selects the passage; its buttons and text boxes keep their own clicks.
  const onClick = (event: MouseEvent) => {
    if (!(event.target as Element).closest('button, textarea, input, a, time')) onSelect(thread.id);
  };

  return (
    <article
      className={`thread${active ? ' active' : ''}${thread.resolved ? ' resolved' : ''}`}
      data-thread={thread.id}
      aria-label={t('ui.review.thread', { name: first.author.name, quote })}
      aria-current={active || undefined}
      onClick={onClick}
    >
      <button type="button" className="thread-quote" onClick={() => onSelect(thread.id)}>
        {quote}
      </button>
      {thread.reanchoredAt && <p className="thread-moved">{t('ui.review.moved')}</p>}
      <ol className="comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            me={me}
            onEdit={(text) => act.edit(thread.id, comment.id, text)}
            onDelete={() => void act.remove(thread.id, comment.id)}
          />
        ))}
      </ol>
      {thread.resolved && thread.resolvedBy && <p className="muted thread-resolved">{t('ui.review.resolvedBy', { name: thread.resolvedBy.name })}</p>}
      {replying && (
        <CommentForm
          label={t('ui.review.replyText')}
          submit={t('ui.review.reply')}
          onCancel={() => setReplying(false)}
          onSend={async (text) => {
            const taken = await act.reply(thread.id, text);
            if (taken) setReplying(false);
            return taken;
          }}
        />
      )}
      <div className="thread-actions">
        {!replying && !thread.resolved && (
          <button type="button" onClick={() => setReplying(true)}>
            {t('ui.review.reply')}
          </button>
        )}
        {thread.resolved ? (
          <button type="button" onClick={() => void act.reopen(thread.id)}>
            {t('ui.review.reopen')}
          </button>
        ) : (
          <button type="button" onClick={() => void act.resolve(thread.id)}>
            {t('ui.review.resolve')}
          </button>
        )}
      </div>
    </article>
  );
});
