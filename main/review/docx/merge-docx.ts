/**
 * Bringing back the comments a reviewer added in Word or LibreOffice to a DOCX
 * export: each Word thread (a comment with its replies) goes onto the chapter
 * whose title heads its section, on the passage it spans, found by its text
 * with the words around it. Comments our own export wrote are recognised by
 * author, date and text and matched, not added again — and so is everything
 * a second import of the same file brings. A comment whose passage or chapter
 * cannot be found is kept on the nearest text and listed.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  docFromJSON,
  keyedProblem,
  newId,
  UserError,
  type Author,
  type Chapter,
  type Comment,
  type CommentThread,
  type Timestamp,
} from '../../model/index.js';
import type { ProjectStore } from '../../store/index.js';
import { placeThread } from '../place.js';
import { initialsOf } from '../reviewer-copy.js';
import { reviewSettings } from '../settings.js';
import { resolve, sameAuthor } from '../threads.js';
import type { ImportEntry, ImportReport } from '../types.js';
import { indexDoc } from '../text-index.js';
import { readWordReview, type WordComment, type WordReview, type WordSection } from './read.js';

/** The largest Word file we open: far above a commented text with its images. */
const MAX_DOCX_BYTES = 512 * 1024 * 1024;

export async function importWordComments(store: ProjectStore, file: string, at: Timestamp): Promise<ImportReport> {
  if (statSync(file).size > MAX_DOCX_BYTES) throw new UserError('docxUnreadable', { path: file, ...keyedProblem('problem.docxTooLarge') });
  const review = await readWordReview(new Uint8Array(readFileSync(file)), file);
  // A Word file without comments is not what a reviewer sends back: most likely the wrong file.
  if (review.comments.length === 0) throw new UserError('docxNoComments', { path: file });
  return store.transaction(() => mergeWordComments(store, review, at));
}

export function mergeWordComments(store: ProjectStore, review: WordReview, at: Timestamp): ImportReport {
  const report: ImportReport = { source: 'docx', added: [], matched: [], unplaced: [] };
  const chapters = store.chapters.list();
  const sectionChapters = matchSections(review.sections, chapters);
  const people = knownAuthors(store);
  const authorOf = (c: WordComment): Author => {
    const name = c.author || 'Onbekend';
    const known = people.find((p) => p.name.trim().toLocaleLowerCase('nl') === name.toLocaleLowerCase('nl'));
    return known ?? { name: name.slice(0, 120), initials: (c.initials || initialsOf(name)).slice(0, 8), role: 'reviewer' };
  };

  for (const wordThread of wordThreads(review.comments)) {
    const root = wordThread[0]!;
    const existing = store.threads.list().find((t) => wordThread.some((w) => t.comments.some((c) => sameComment(c, w, authorOf(w)))));
    if (existing) {
      mergeInto(store, existing, wordThread, authorOf, at, report);
      continue;
    }
    const section = root.section ?? 0;
    const own = sectionChapters[section] ?? null;
    const chapter = own ?? nearestChapter(sectionChapters, section) ?? chapters[0];
    const comments = wordThread.map((w): Comment => ({
      id: newId(),
      author: authorOf(w),
      text: w.text || '—',
      createdAt: w.date ?? at,
      editedAt: null,
    }));
    const first = comments[0]!;
    if (!chapter) {
      report.unplaced.push({ threadId: null, chapterId: null, chapterTitle: review.sections[section]?.title ?? '', quote: '', author: first.author.name, text: first.text, reason: 'chapterGone', kept: false });
      continue;
    }
    const sectionText = review.sections[section]?.text ?? '';
    const range = root.range ?? { start: 0, end: 0 };
    const thread: CommentThread = {
      id: newId(),
      chapterId: chapter.id,
      anchor: { quote: sectionText.slice(range.start, range.end), prefix: '', suffix: '' },
      comments: [first, ...comments.slice(1)],
      resolved: root.done,
      resolvedBy: null,
      resolvedAt: root.done ? at : null,
      reanchoredAt: null,
    };
    const current = store.chapters.get(chapter.id)!;
    const placed = placeThread(store, current, thread, { text: sectionText, range }, at);
    if (!own || placed.placement === 'nearest') {
      report.unplaced.push({
        threadId: placed.thread.id,
        chapterId: chapter.id,
        chapterTitle: chapter.title,
        quote: thread.anchor.quote,
        author: first.author.name,
        text: first.text,
        reason: own ? 'passageGone' : 'chapterGone',
        kept: true,
      });
      continue;
    }
    comments.forEach((c, i) => report.added.push(entry(i === 0 ? 'thread' : 'reply', placed.thread, chapter, c.author.name, c.text)));
  }
  return report;
}

/** A thread the project has already: its comments matched, new replies added, a resolution taken over. */
function mergeInto(
  store: ProjectStore,
  thread: CommentThread,
  wordThread: WordComment[],
  authorOf: (c: WordComment) => Author,
  at: Timestamp,
  report: ImportReport,
): void {
  const chapter = store.chapters.get(thread.chapterId);
  const title = chapter?.title ?? '';
  let merged = thread;
  for (const w of wordThread) {
    const author = authorOf(w);
    const same = merged.comments.find((c) => sameComment(c, w, author));
    const what = same && merged.comments[0] === same ? 'thread' : 'reply';
    if (same) {
      report.matched.push({ what, threadId: thread.id, chapterId: thread.chapterId, chapterTitle: title, author: author.name, text: same.text });
      continue;
    }
    const comment: Comment = { id: newId(), author, text: w.text || '—', createdAt: w.date ?? at, editedAt: null };
    const comments = [...merged.comments, comment].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    merged = { ...merged, comments: [comments[0]!, ...comments.slice(1)] };
    report.added.push({ what: 'reply', threadId: thread.id, chapterId: thread.chapterId, chapterTitle: title, author: author.name, text: comment.text });
  }
  // Done in Word resolves; a writer that loses the done state must not reopen what was resolved here.
  if (wordThread[0]!.done && !merged.resolved) {
    const last = wordThread[wordThread.length - 1]!;
    merged = resolve(merged, { author: authorOf(last), at, newId });
    report.added.push({ what: 'resolved', threadId: thread.id, chapterId: thread.chapterId, chapterTitle: title, author: authorOf(last).name, text: '' });
  }
  if (merged !== thread) store.threads.put(merged);
}

/** Word comments grouped into threads: each root with its replies, oldest first. */
function wordThreads(comments: WordComment[]): WordComment[][] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: WordComment): WordComment => {
    const seen = new Set<string>();
    let at = c;
    while (at.parentId && byId.has(at.parentId) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.parentId)!;
    }
    return at;
  };
  const threads = new Map<string, WordComment[]>();
  for (const c of comments) {
    const root = rootOf(c);
    const list = threads.get(root.id) ?? [];
    if (c === root) list.unshift(c);
    else list.push(c);
    threads.set(root.id, list);
  }
  return [...threads.values()].map(([root, ...replies]) => [
    root!,
    ...replies.sort((a, b) => Date.parse(a.date ?? '') - Date.parse(b.date ?? '')),
  ]);
}

/**
 * Whether a Word comment is this comment: same author, same text, same moment.
 * Writers round to the second, and some write local time as if it were UTC, so
 * a difference of whole quarter hours (a time zone) within a day counts as the same moment.
 */
function sameComment(comment: Comment, word: WordComment, author: Author): boolean {
  if (!sameAuthor(comment.author, author) && comment.author.name.trim().toLocaleLowerCase('nl') !== author.name.trim().toLocaleLowerCase('nl')) return false;
  if (squeeze(comment.text) !== squeeze(word.text || '—')) return false;
  if (word.date === null) return true;
  const difference = Math.abs(Date.parse(comment.createdAt) - Date.parse(word.date));
  const quarter = 15 * 60 * 1000;
  const offZone = difference % quarter;
  return difference <= 14 * 60 * 60 * 1000 && (offZone < 1000 || quarter - offZone < 1000);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * For each section, the chapter its heading names, each chapter at most once;
 * a section whose heading names none (the title was changed since the export)
 * gets the chapter it shares the most paragraphs with, if any; null for the rest.
 */
export function matchSections(sections: readonly WordSection[], chapters: readonly Chapter[]): (Chapter | null)[] {
  const used = new Set<string>();
  const pick = (test: (chapter: Chapter) => boolean): Chapter | null => {
    const found = chapters.find((c) => !used.has(c.id) && test(c));
    if (found) used.add(found.id);
    return found ?? null;
  };
  const titles = sections.map((s) => normalTitle(s.title));
  const result: (Chapter | null)[] = titles.map((title) => (title === '' ? null : pick((c) => normalTitle(c.title) === title)));
  // Then headings that carry more than the title, such as a number ("Hoofdstuk 2 · Samen zorgen").
  titles.forEach((title, i) => {
    if (result[i] === null && title !== '') {
      result[i] = pick((c) => normalTitle(c.title).length >= 4 && title.includes(normalTitle(c.title)));
    }
  });
  // Last, by what the section says: the chapter with the most paragraphs in common.
  const paragraphs = (text: string) => new Set(text.split('\n').map(squeeze).filter((p) => p.length >= 20));
  sections.forEach((section, i) => {
    if (result[i] !== null || titles[i] === '') return;
    const own = paragraphs(section.text);
    let best: { chapter: Chapter; shared: number } | null = null;
    for (const chapter of chapters) {
      if (used.has(chapter.id)) continue;
      const shared = [...paragraphs(indexDoc(docFromJSON(chapter.body)).text)].filter((p) => own.has(p)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { chapter, shared };
    }
    if (best) {
      used.add(best.chapter.id);
      result[i] = best.chapter;
    }
  });
  return result;
}

function normalTitle(title: string): string {
  return title
    .normalize('NFC')
    .toLocaleLowerCase('nl')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function nearestChapter(sections: (Chapter | null)[], index: number): Chapter | undefined {
  for (let i = Math.min(index, sections.length - 1); i >= 0; i--) if (sections[i]) return sections[i]!;
  return sections.find((c): c is Chapter => c !== null);
}

/** Everyone the project knows by name: who commented, the profile, the reviewers given a copy. */
function knownAuthors(store: ProjectStore): Author[] {
  const all: Author[] = [];
  const add = (a: Author | null) => {
    if (a && !all.some((b) => b.name.trim().toLocaleLowerCase('nl') === a.name.trim().toLocaleLowerCase('nl'))) all.push(a);
  };
  add(reviewSettings.profile(store));
  reviewSettings.reviewers(store).forEach(add);
  for (const thread of store.threads.list()) thread.comments.forEach((c) => add(c.author));
  return all;
}

function entry(what: ImportEntry['what'], thread: CommentThread, chapter: Chapter, author: string, text: string): ImportEntry {
  return { what, threadId: thread.id, chapterId: chapter.id, chapterTitle: chapter.title, author, text };
}
