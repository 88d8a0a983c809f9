/**
 * Comment threads on chapters. The text carries only a `comment` mark with the
 * thread id; the thread keeps the quoted passage with the words around it so
 * that it can be anchored again when the text has moved or gone.
 */
import { z } from 'zod';
import { Id, Line, PlainText, Timestamp } from './ids.js';
import { ProfileRole } from './vocabulary.js';

export const Author = z.strictObject({
  name: Line(120).min(1),
  initials: Line(8).min(1),
  role: ProfileRole,
});
export type Author = z.infer<typeof Author>;

export const Comment = z.strictObject({
  id: Id,
  author: Author,
  text: PlainText(20_000).min(1),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
});
export type Comment = z.infer<typeof Comment>;

export const Anchor = z.strictObject({
  quote: PlainText(5_000),
  prefix: PlainText(200),
  suffix: PlainText(200),
});
export type Anchor = z.infer<typeof Anchor>;

export const CommentThread = z.strictObject({
  id: Id,
  chapterId: Id,
  anchor: Anchor,
  /** The first comment opens the thread; the rest are replies, oldest first. */
  comments: z.array(Comment).min(1),
  resolved: z.boolean(),
  resolvedBy: Author.nullable(),
  resolvedAt: Timestamp.nullable(),
  /** Set when the passage was deleted and the thread moved to the nearest surviving text. */
  reanchoredAt: Timestamp.nullable(),
});
export type CommentThread = z.infer<typeof CommentThread>;
