/**
 * Importing a reviewer copy into its master: the reviewer's new threads (each
 * placed on the chapter as it reads now), new replies, edits of their own
 * comments, resolutions and review status changes. What the copy held when it
 * was made (its baseline) tells what the reviewer did from what the master
 * has since changed, so an editor's later deletion is not undone and
 * importing the same copy twice adds nothing.
 */
import { docFromJSON, UserError, type Chapter, type Comment, type CommentThread, type Timestamp } from '../model/index.js';
import type { ProjectStore } from '../store/index.js';
import { placeThread, type Source } from './place.js';
import { reviewSettings, type Baseline } from './settings.js';
import { indexDoc } from './text-index.js';
import type { ImportEntry, ImportReport } from './types.js';

export function mergeReviewerCopy(master: ProjectStore, copy: ProjectStore, copyPath: string, at: Timestamp): ImportReport {
  const marker = reviewSettings.copy(copy);
  if (!marker) throw new UserError('notAReviewCopy', { path: copyPath });
  if (marker.projectId !== reviewSettings.knownProjectId(master)) throw new UserError('otherProject', { path: copyPath });
  const { baseline } = marker;
  const report: ImportReport = { source: 'copy', added: [], matched: [], unplaced: [] };
  const copyChapters = new Map(copy.chapters.list().map((c) => [c.id, c]));

  master.transaction(() => {
    for (const theirs of copy.threads.list()) {
      const ours = master.threads.get(theirs.id);
      if (ours) mergeThread(master, ours, theirs, baseline, report);
      else if (isNewSince(theirs, baseline)) addThread(master, theirs, copyChapters.get(theirs.chapterId), at, report);
    }
    mergeStatuses(master, copy, baseline, report);
  });
  return report;
}

/** A thread the master does not have: new in the copy, or deleted in the master and answered in the copy since. */
function isNewSince(thread: CommentThread, baseline: Baseline): boolean {
  const known = baseline.threads[thread.id];
  return !known || thread.comments.some((c) => !known.commentIds.includes(c.id));
}

function addThread(master: ProjectStore, thread: CommentThread, copyChapter: Chapter | undefined, at: Timestamp, report: ImportReport): void {
  const chapter = master.chapters.get(thread.chapterId);
  const first = thread.comments[0]!;
  if (!chapter) {
    report.unplaced.push({
      threadId: thread.id,
      chapterId: null,
      chapterTitle: copyChapter?.title ?? '',
      quote: thread.anchor.quote,
      author: first.author.name,
      text: first.text,
      reason: 'chapterGone',
      kept: false,
    });
    return;
  }
  const placed = placeThread(master, chapter, thread, sourceOf(thread, copyChapter), at);
  if (placed.placement === 'nearest') {
    report.unplaced.push({
      threadId: thread.id,
      chapterId: chapter.id,
      chapterTitle: chapter.title,
      quote: thread.anchor.quote,
      author: first.author.name,
      text: first.text,
      reason: 'passageGone',
      kept: true,
    });
    return;
  }
  thread.comments.forEach((c, i) => report.added.push(entry(i === 0 ? 'thread' : 'reply', thread, chapter, c.author.name, c.text)));
}

/** Where the thread's passage is in the copy's chapter: its mark, or else its anchor as found there. */
function sourceOf(thread: CommentThread, chapter: Chapter | undefined): Source {
  if (chapter) {
    const index = indexDoc(docFromJSON(chapter.body));
    const range = index.marked.get(thread.id);
    if (range) return { text: index.text, range };
  }
  const { prefix, quote, suffix } = thread.anchor;
  return { text: prefix + quote + suffix, range: { start: prefix.length, end: prefix.length + quote.length } };
}

function mergeThread(master: ProjectStore, ours: CommentThread, theirs: CommentThread, baseline: Baseline, report: ImportReport): void {
  const chapter = master.chapters.get(ours.chapterId);
  const title = chapter?.title ?? '';
  const known = new Set(baseline.threads[theirs.id]?.commentIds ?? []);
  const byId = new Map(ours.comments.map((c) => [c.id, c]));
  let comments: Comment[] = [...ours.comments];

  theirs.comments.forEach((c, i) => {
    const what = i === 0 ? 'thread' : 'reply';
    const mine = byId.get(c.id);
    if (mine) {
      if (c.editedAt !== null && (mine.editedAt === null || Date.parse(c.editedAt) > Date.parse(mine.editedAt)) && c.text !== mine.text) {
        comments = comments.map((m) => (m.id === c.id ? { ...m, text: c.text, editedAt: c.editedAt } : m));
        report.added.push(entryOn('edit', ours, ours.chapterId, title, c.author.name, c.text));
      } else report.matched.push(entryOn(what, ours, ours.chapterId, title, c.author.name, c.text));
    } else if (!known.has(c.id)) {
      // A reply written in the copy; one the editor deleted from the master since stays deleted.
      comments.push(c);
      report.added.push(entryOn('reply', ours, ours.chapterId, title, c.author.name, c.text));
    }
  });
  comments.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

  let merged: CommentThread = { ...ours, comments: [comments[0]!, ...comments.slice(1)] };
  const wasResolved = baseline.threads[theirs.id]?.resolved ?? false;
  if (theirs.resolved !== wasResolved && ours.resolved !== theirs.resolved) {
    merged = { ...merged, resolved: theirs.resolved, resolvedBy: theirs.resolvedBy, resolvedAt: theirs.resolvedAt };
    const who = theirs.resolvedBy?.name ?? theirs.comments[theirs.comments.length - 1]!.author.name;
    report.added.push(entryOn(theirs.resolved ? 'resolved' : 'reopened', ours, ours.chapterId, title, who, ''));
  }
  if (JSON.stringify(merged) !== JSON.stringify(ours)) master.threads.put(merged);
}

function mergeStatuses(master: ProjectStore, copy: ProjectStore, baseline: Baseline, report: ImportReport): void {
  for (const change of copy.statusChanges.list()) {
    if (master.statusChanges.get(change.id) || !master.chapters.get(change.chapterId)) continue;
    master.statusChanges.add(change);
  }
  for (const theirs of copy.chapters.summaries()) {
    const ours = master.chapters.get(theirs.id);
    if (!ours || theirs.reviewStatus === baseline.statuses[theirs.id]) continue;
    const last = copy.statusChanges.forChapter(theirs.id).at(-1);
    const who = last?.author?.name ?? '';
    if (ours.reviewStatus === theirs.reviewStatus) {
      report.matched.push({ what: 'status', threadId: null, chapterId: ours.id, chapterTitle: ours.title, author: who, text: theirs.reviewStatus });
      continue;
    }
    master.chapters.put({ ...ours, reviewStatus: theirs.reviewStatus });
    report.added.push({ what: 'status', threadId: null, chapterId: ours.id, chapterTitle: ours.title, author: who, text: theirs.reviewStatus });
  }
}

function entry(what: ImportEntry['what'], thread: CommentThread, chapter: Chapter, author: string, text: string): ImportEntry {
  return entryOn(what, thread, chapter.id, chapter.title, author, text);
}

function entryOn(what: ImportEntry['what'], thread: CommentThread, chapterId: string, chapterTitle: string, author: string, text: string): ImportEntry {
  return { what, threadId: thread.id, chapterId, chapterTitle, author, text };
}
