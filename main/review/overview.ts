/**
 * The review overview: per chapter its status, its open threads and its last
 * activity; per reviewer the chapters in review they still owe a reaction on.
 */
import type { Author, Chapter, CommentThread, Timestamp } from '../model/index.js';
import type { StatusChange } from '../store/index.js';
import { sameAuthor } from './threads.js';
import type { ChapterReview, ReviewOverview, ReviewerDue } from './types.js';

export interface OverviewInput {
  chapters: readonly Chapter[];
  threads: readonly CommentThread[];
  changes: readonly StatusChange[];
  /** Reviewers known besides those who commented: given a copy, or the local profile. */
  reviewers: readonly Author[];
}

export function reviewOverview({ chapters, threads, changes, reviewers }: OverviewInput): ReviewOverview {
  const chapterRows = chapters.map((chapter): ChapterReview => {
    const own = threads.filter((t) => t.chapterId === chapter.id);
    const moments: Timestamp[] = [
      ...own.flatMap((t) => [...t.comments.flatMap((c) => [c.createdAt, c.editedAt]), t.resolvedAt]),
      ...changes.filter((c) => c.chapterId === chapter.id).map((c) => c.at),
    ].filter((m): m is Timestamp => m !== null);
    return {
      chapterId: chapter.id,
      title: chapter.title,
      kind: chapter.kind,
      status: chapter.reviewStatus,
      openThreads: own.filter((t) => !t.resolved).length,
      resolvedThreads: own.filter((t) => t.resolved).length,
      movedThreads: own.filter((t) => t.reanchoredAt !== null).length,
      lastActivity: latest(moments),
    };
  });
  return { chapters: chapterRows, reviewers: knownReviewers(threads, changes, reviewers).map((r) => owed(r, chapters, threads, changes)) };
}

function owed(reviewer: Author, chapters: readonly Chapter[], threads: readonly CommentThread[], changes: readonly StatusChange[]): ReviewerDue {
  const owes = chapters
    .filter((chapter) => chapter.reviewStatus === 'inReview')
    .filter((chapter) => {
      const own = changes.filter((c) => c.chapterId === chapter.id);
      // What counts is a reaction since the chapter last went into review.
      const since = latest(own.filter((c) => c.to === 'inReview').map((c) => c.at)) ?? '';
      const commented = threads.some(
        (t) => t.chapterId === chapter.id && t.comments.some((c) => sameAuthor(c.author, reviewer) && after(c.createdAt, since)),
      );
      const decided = own.some((c) => c.author !== null && sameAuthor(c.author, reviewer) && after(c.at, since) && c.to !== 'inReview');
      return !commented && !decided;
    })
    .map((chapter) => ({ chapterId: chapter.id, title: chapter.title }));
  return { reviewer, owes };
}

/** Every reviewer: the ones named, those who commented and those who changed a status, each once. */
function knownReviewers(threads: readonly CommentThread[], changes: readonly StatusChange[], named: readonly Author[]): Author[] {
  const all: Author[] = [];
  const add = (author: Author | null) => {
    if (author && author.role === 'reviewer' && !all.some((a) => sameAuthor(a, author))) all.push(author);
  };
  named.forEach(add);
  for (const thread of threads) thread.comments.forEach((c) => add(c.author));
  changes.forEach((c) => add(c.author));
  return all;
}

function latest(moments: readonly Timestamp[]): Timestamp | null {
  let best: Timestamp | null = null;
  for (const m of moments) if (best === null || Date.parse(m) > Date.parse(best)) best = m;
  return best;
}

function after(moment: Timestamp, since: string): boolean {
  return since === '' || Date.parse(moment) >= Date.parse(since);
}
