/** One comment in a thread: who, when, the text; one's own can be edited and deleted. */
import { useState } from 'react';
import type { Author, Comment } from '../../main/model/index.js';
import { formatMoment } from '../i18n/format.js';
import { useI18n } from '../i18n/I18n.js';
import { sameAuthor } from './authors.js';
import { CommentForm } from './CommentForm.js';

export function CommentItem({
  comment,
  me,
  onEdit,
  onDelete,
}: {
  comment: Comment;
  me: Author | null;
  onEdit(text: string): Promise<boolean>;
  onDelete(): void;
}) {
  const { t, lbl, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const mine = me !== null && sameAuthor(comment.author, me);
  return (
    <li className={`comment role-${comment.author.role}`}>
      <div className="comment-head">
        <span className="initials" title={`${comment.author.name}, ${lbl('profileRole', comment.author.role)}`}>
          {comment.author.initials}
        </span>
        <span className="comment-author">{comment.author.name}</span>
        <time dateTime={comment.createdAt}>{formatMoment(locale, comment.createdAt)}</time>
        {comment.editedAt && <span className="muted">({t('ui.review.edited')})</span>}
      </div>
      {editing ? (
        <CommentForm
          label={t('ui.review.commentText')}
          submit={t('ui.save')}
          initial={comment.text}
          onCancel={() => setEditing(false)}
          onSend={async (text) => {
            const taken = await onEdit(text);
            if (taken) setEditing(false);
            return taken;
          }}
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {mine && !editing && (
        <div className="comment-own">
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('ui.review.edit')}
          </button>
          <button type="button" className="link danger" onClick={onDelete}>
            {t('ui.review.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
