/** What the review services answer with; the IPC contract holds the same shapes as zod schemas. */
import type { Author, Chapter, ChapterKind, CommentThread, Id, ProfileRole, ReviewStatus, RichDoc, Timestamp } from '../model/index.js';

/** Who is using this file, and how. */
export interface ProfileState {
  profile: Author | null;
  /** What the app lets this user do: an editor everything, a reviewer comment, reply, resolve and set review status. */
  role: ProfileRole;
  /** Set in a reviewer copy: it opens in reviewer mode whatever the profile says. */
  reviewCopy: { reviewer: Author; madeAt: Timestamp } | null;
}

/** A change to a thread that may have changed the chapter's body too (a mark put on or taken off). */
export interface ThreadChange {
  thread: CommentThread | null;
  /** The chapter as stored now, when its body changed; null when it did not. */
  chapter: Chapter | null;
}

/**
 * A saved chapter as stored. Its body comes back only when main stored it
 * otherwise than it was sent (marks of threads that had lost theirs put
 * back), else null: the editor saves a long chapter every second while one
 * types, and sending it back, checking it and reading it again cost more than
 * the save itself. `threadsMoved` says whether a thread's anchor or place
 * changed with the save: only then need the chapter's threads be read again.
 */
export type SavedChapter = Omit<Chapter, 'body'> & { body: Chapter['body'] | null; threadsMoved: boolean };

/**
 * The editor's save of a chapter's text as the top-level blocks it changed:
 * of the stored body, which has `count` blocks, blocks [from, to) are
 * replaced by `blocks`. `base` is the stored chapter's updatedAt: the patch
 * applies only to the chapter it was made on.
 */
export interface ChapterTextPatch {
  id: Id;
  base: Timestamp;
  count: number;
  from: number;
  to: number;
  blocks: RichDoc[];
  updatedAt: Timestamp;
}

export interface ChapterReview {
  chapterId: Id;
  title: string;
  kind: ChapterKind;
  status: ReviewStatus;
  openThreads: number;
  resolvedThreads: number;
  /** Threads whose passage was deleted and that now sit on the nearest surviving text. */
  movedThreads: number;
  /** The latest comment, edit, resolution or status change; null when there was none. */
  lastActivity: Timestamp | null;
}

export interface ReviewerDue {
  reviewer: Author;
  /** Chapters "ter review" on which the reviewer has not commented or decided since they went into review. */
  owes: { chapterId: Id; title: string }[];
}

export interface ReviewOverview {
  chapters: ChapterReview[];
  reviewers: ReviewerDue[];
}

/** One thing an import brought (or found already there). */
export interface ImportEntry {
  what: 'thread' | 'reply' | 'edit' | 'resolved' | 'reopened' | 'status';
  threadId: Id | null;
  chapterId: Id;
  chapterTitle: string;
  /** Who wrote or did it. */
  author: string;
  /** The comment's text, or the new status. */
  text: string;
}

/** A thread whose passage could not be found: kept on the nearest text of its chapter (`kept`), or not placed at all. */
export interface UnplacedEntry {
  threadId: Id | null;
  chapterId: Id | null;
  chapterTitle: string;
  quote: string;
  author: string;
  text: string;
  reason: 'passageGone' | 'chapterGone';
  kept: boolean;
}

export interface ImportReport {
  source: 'copy' | 'docx';
  added: ImportEntry[];
  matched: ImportEntry[];
  unplaced: UnplacedEntry[];
}
