import { z } from 'zod';
import { Id, Line, Timestamp } from './ids.js';
import { RichDoc } from './richtext/doc.js';
import { ChapterKind, ReviewStatus } from './vocabulary.js';

export const Chapter = z.strictObject({
  id: Id,
  kind: ChapterKind,
  title: Line(200).min(1),
  /** Who wrote it, as printed under the title ("Door …"); empty for none. */
  byline: Line(300),
  body: RichDoc,
  reviewStatus: ReviewStatus,
  updatedAt: Timestamp,
});
export type Chapter = z.infer<typeof Chapter>;

/** A chapter body as it was at a moment, to go back to. */
export const ChapterSnapshot = z.strictObject({
  id: Id,
  chapterId: Id,
  label: Line(200),
  takenAt: Timestamp,
  title: Line(200).min(1),
  byline: Line(300),
  body: RichDoc,
});
export type ChapterSnapshot = z.infer<typeof ChapterSnapshot>;
