/**
 * The pure operations on comment threads: open one on a passage, reply, edit
 * or delete your own comment, resolve and reopen. Who may do what is decided
 * here; storing is the service's.
 */
import type { Node } from 'prosemirror-model';
import { namedRecord, UserError, type Author, type CommentThread, type Id, type Timestamp } from '../model/index.js';
import { anchorOf } from './locate.js';
import { addCommentMark } from './marks.js';
import { indexDoc, isMarkable, textRange } from './text-index.js';

export interface Moment {
  author: Author;
  at: Timestamp;
  newId(): Id;
}

/** Whether two authors are the same person: same name and initials, whatever the case. */
export function sameAuthor(a: Author, b: Author): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase('nl');
  return norm(a.name) === norm(b.name) && norm(a.initials) === norm(b.initials);
}

/** Marks the passage from `from` to `to` (document positions) and opens a thread on it. */
export function openThread(
  doc: Node,
  chapterId: Id,
  range: { from: number; to: number },
  text: string,
  moment: Moment,
): { doc: Node; thread: CommentThread } {
  const before = indexDoc(doc);
  const passage = range.from < range.to && range.to <= doc.content.size ? textRange(before, range.from, range.to) : null;
  if (!passage || !isMarkable(before, passage)) throw new UserError('emptyPassage', { from: range.from, to: range.to });
  const threadId = moment.newId();
  const marked = addCommentMark(doc, threadId, range.from, range.to);
  const after = indexDoc(marked);
  const markedRange = after.marked.get(threadId);
  if (!markedRange) throw new UserError('emptyPassage', { from: range.from, to: range.to });
  return {
    doc: marked,
    thread: {
      id: threadId,
      chapterId,
      anchor: anchorOf(after.text, markedRange),
      comments: [{ id: moment.newId(), author: moment.author, text, createdAt: moment.at, editedAt: null }],
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      reanchoredAt: null,
    },
  };
}

export function reply(thread: CommentThread, text: string, moment: Moment): CommentThread {
  return {
    ...thread,
    comments: [...thread.comments, { id: moment.newId(), author: moment.author, text, createdAt: moment.at, editedAt: null }],
  };
}

export function editComment(thread: CommentThread, commentId: Id, text: string, moment: Moment): CommentThread {
  ownComment(thread, commentId, moment.author);
  return {
    ...thread,
    comments: thread.comments.map((c) => (c.id === commentId ? { ...c, text, editedAt: moment.at } : c)),
  };
}

/** The thread without the comment, or null when it was the only one (the thread goes with it). */
export function deleteComment(thread: CommentThread, commentId: Id, author: Author): CommentThread | null {
  ownComment(thread, commentId, author);
  const comments = thread.comments.filter((c) => c.id !== commentId);
  const [first, ...rest] = comments;
  return first ? { ...thread, comments: [first, ...rest] } : null;
}

export function resolve(thread: CommentThread, moment: Moment): CommentThread {
  return thread.resolved ? thread : { ...thread, resolved: true, resolvedBy: moment.author, resolvedAt: moment.at };
}

export function reopen(thread: CommentThread): CommentThread {
  return thread.resolved ? { ...thread, resolved: false, resolvedBy: null, resolvedAt: null } : thread;
}

function ownComment(thread: CommentThread, commentId: Id, author: Author): void {
  const comment = thread.comments.find((c) => c.id === commentId);
  if (!comment) throw new UserError('notFound', { ...namedRecord('comment'), id: commentId });
  if (!sameAuthor(comment.author, author)) throw new UserError('notYourComment', { author: comment.author.name });
}
