/**
 * Review over one open project: the profile and the role it gives, comments
 * and their threads, the review status of chapters and the overview. Every
 * write runs in one transaction; what a reviewer may not do is refused here,
 * whoever calls (the IPC handlers, the CLI).
 */
import type { Node } from 'prosemirror-model';
import {
  docFromJSON,
  namedRecord,
  namedRecordWithId,
  newId,
  now,
  UserError,
  type Author,
  type Chapter,
  type CommentThread,
  type Id,
  type ProfileRole,
  type ReviewStatus,
  type RichDoc,
  type Timestamp,
} from '../model/index.js';
import type { ProjectStore } from '../store/index.js';
import { removeCommentMark } from './marks.js';
import { reviewOverview } from './overview.js';
import { reconcileThreads } from './reconcile.js';
import { reviewSettings } from './settings.js';
import * as ops from './threads.js';
import type { ChapterTextPatch, ProfileState, ReviewOverview, SavedChapter, ThreadChange } from './types.js';

export interface ReviewService {
  state(): ProfileState;
  /** Sets the local profile; in a reviewer copy the role stays reviewer. */
  setProfile(profile: Author): ProfileState;
  role(): ProfileRole;
  /** Throws `reviewerReadOnly` for a reviewer: the guard of every write to text, material or structure. */
  requireEditor(): void;
  /**
   * Saves a chapter (an editor's write): its threads are re-anchored to the
   * new body, a status change is recorded. The body is in the answer only
   * when it was stored otherwise than sent.
   */
  saveChapter(chapter: Chapter): SavedChapter;
  /**
   * Saves an edit of a chapter's text sent as the blocks it changed, as
   * `saveChapter` would the whole chapter; null when the stored chapter is
   * not the one the patch was made on (the editor then sends it whole).
   */
  patchChapter(patch: ChapterTextPatch): SavedChapter | null;
  comment(input: { chapterId: Id; from: number; to: number; text: string }): { thread: CommentThread; chapter: Chapter };
  reply(threadId: Id, text: string): CommentThread;
  edit(threadId: Id, commentId: Id, text: string): CommentThread;
  deleteComment(threadId: Id, commentId: Id): ThreadChange;
  resolve(threadId: Id): CommentThread;
  reopen(threadId: Id): CommentThread;
  /** Restores a chapter snapshot (an editor's write); threads on text the snapshot lacks are re-anchored as on a save. */
  restoreSnapshot(snapshotId: Id): Chapter;
  /** Deletes a whole thread and its mark (an editor's write). */
  deleteThread(threadId: Id): ThreadChange;
  setStatus(chapterId: Id, status: ReviewStatus): Chapter;
  overview(): ReviewOverview;
}

export interface ReviewOptions {
  clock?: () => Timestamp;
  ids?: () => Id;
}

export function reviewService(store: ProjectStore, options: ReviewOptions = {}): ReviewService {
  const clock = options.clock ?? now;
  const ids = options.ids ?? newId;

  const state = (): ProfileState => {
    const copy = reviewSettings.copy(store);
    const profile = reviewSettings.profile(store) ?? copy?.reviewer ?? null;
    return {
      profile,
      role: copy ? 'reviewer' : (profile?.role ?? 'editor'),
      reviewCopy: copy ? { reviewer: copy.reviewer, madeAt: copy.madeAt } : null,
    };
  };
  const role = () => state().role;
  const requireEditor = () => {
    if (role() === 'reviewer') throw new UserError('reviewerReadOnly');
  };
  const moment = (): ops.Moment => {
    const { profile, role } = state();
    if (!profile) throw new UserError('noProfile');
    // In a reviewer copy the profile may still say editor from the master: the copy's role wins.
    return { author: { ...profile, role }, at: clock(), newId: ids };
  };
  const thread = (id: Id): CommentThread => {
    const found = store.threads.get(id);
    if (!found) throw new UserError('notFound', { ...namedRecord('comment'), id });
    return found;
  };
  const chapter = (id: Id): Chapter => {
    const found = store.chapters.get(id);
    if (!found) throw new UserError('notFound', { ...namedRecord('chapter'), id });
    return found;
  };
  const putBody = (current: Chapter, body: Node): Chapter =>
    // The mark is review's, not an edit of the text: updatedAt stays.
    store.chapters.put({ ...current, body: richDoc(body) });
  const recordStatus = (chapterId: Id, from: ReviewStatus, to: ReviewStatus, author: Author | null) =>
    store.statusChanges.add({ id: ids(), chapterId, from, to, author, at: clock() });

  return {
    state,
    role,
    requireEditor,
    setProfile: (profile) =>
      store.transaction(() => {
        if (reviewSettings.copy(store) && profile.role !== 'reviewer') throw new UserError('reviewCopyRole');
        reviewSettings.setProfile(store, profile);
        return state();
      }),

    saveChapter: (input) =>
      store.transaction(() => {
        requireEditor();
        const before = store.chapters.get(input.id);
        const { saved, rewritten, threadsMoved } = putReconciled(before?.body ?? null, input);
        if (before && before.reviewStatus !== saved.reviewStatus) {
          recordStatus(saved.id, before.reviewStatus, saved.reviewStatus, state().profile);
        }
        return { ...saved, body: rewritten ? saved.body : null, threadsMoved };
      }),

    patchChapter: ({ id, base, count, from, to, blocks, updatedAt }) =>
      store.transaction(() => {
        requireEditor();
        const before = store.chapters.get(id);
        const content = before?.body.content ?? [];
        if (!before || before.updatedAt !== base || content.length !== count || from > to || to > count) return null;
        const body = { ...before.body, content: [...content.slice(0, from), ...blocks, ...content.slice(to)] };
        const { saved, rewritten, threadsMoved } = putReconciled(before.body, { ...before, body, updatedAt });
        return { ...saved, body: rewritten ? saved.body : null, threadsMoved };
      }),

    restoreSnapshot: (snapshotId) =>
      store.transaction(() => {
        requireEditor();
        const restored = store.snapshots.restore(snapshotId);
        // Restoring first snapshots the chapter as it was: the newest snapshot is the text the threads were on.
        const before = store.snapshots.list(restored.id)[0];
        return putReconciled(before?.body ?? null, restored).saved;
      }),

    comment: ({ chapterId, from, to, text }) =>
      store.transaction(() => {
        const current = chapter(chapterId);
        const opened = ops.openThread(docFromJSON(current.body), chapterId, { from, to }, text, moment());
        const saved = putBody(current, opened.doc);
        return { thread: store.threads.put(opened.thread), chapter: saved };
      }),
    reply: (threadId, text) => store.transaction(() => store.threads.put(ops.reply(thread(threadId), text, moment()))),
    edit: (threadId, commentId, text) =>
      store.transaction(() => store.threads.put(ops.editComment(thread(threadId), commentId, text, moment()))),
    deleteComment: (threadId, commentId) =>
      store.transaction(() => {
        const rest = ops.deleteComment(thread(threadId), commentId, moment().author);
        if (rest) return { thread: store.threads.put(rest), chapter: null };
        return { thread: null, chapter: removeThread(threadId) };
      }),
    resolve: (threadId) => store.transaction(() => store.threads.put(ops.resolve(thread(threadId), moment()))),
    reopen: (threadId) =>
      store.transaction(() => {
        moment();
        return store.threads.put(ops.reopen(thread(threadId)));
      }),
    deleteThread: (threadId) =>
      store.transaction(() => {
        requireEditor();
        return { thread: null, chapter: removeThread(threadId) };
      }),

    setStatus: (chapterId, status) =>
      store.transaction(() => {
        const current = chapter(chapterId);
        const author = moment().author;
        if (current.reviewStatus === status) return current;
        recordStatus(chapterId, current.reviewStatus, status, author);
        return store.chapters.put({ ...current, reviewStatus: status });
      }),

    overview: () => {
      const profile = state().profile;
      return reviewOverview({
        chapters: store.chapters.list(),
        threads: store.threads.list(),
        changes: store.statusChanges.list(),
        reviewers: [...reviewSettings.reviewers(store), ...(profile ? [profile] : [])],
      });
    },
  };

  /**
   * Stores a chapter with its threads re-anchored from the body they were on
   * (`before`) to its new body; `rewritten` when marks were put back into it,
   * `threadsMoved` when a thread was stored anew.
   */
  function putReconciled(before: RichDoc | null, chapter: Chapter): { saved: Chapter; rewritten: boolean; threadsMoved: boolean } {
    const threads = store.threads.forChapter(chapter.id);
    // Most chapters have no threads: nothing to re-anchor, and the store checks the body itself.
    if (threads.length === 0) return { saved: store.chapters.put(chapter), rewritten: false, threadsMoved: false };
    const sent = bodyOf(chapter);
    const { doc, changed } = reconcileThreads(() => (before ? docFromJSON(before) : null), sent, threads, clock());
    const rewritten = doc !== sent;
    const saved = store.chapters.put(rewritten ? { ...chapter, body: richDoc(doc) } : chapter);
    for (const t of changed) store.threads.put(t);
    return { saved, rewritten, threadsMoved: changed.length > 0 };
  }

  /** Deletes a thread and takes its mark off the chapter; returns the chapter when its body changed. */
  function removeThread(threadId: Id): Chapter | null {
    const gone = thread(threadId);
    store.threads.delete(threadId);
    const current = store.chapters.get(gone.chapterId);
    if (!current) return null;
    const body = docFromJSON(current.body);
    const without = removeCommentMark(body, threadId);
    return without.eq(body) ? null : putBody(current, without);
  }
}

/** The chapter's body as a document; `invalidRecord` when it is none (a patch's blocks where they may not stand). */
function bodyOf(chapter: Chapter): Node {
  try {
    return docFromJSON(chapter.body);
  } catch (error) {
    throw new UserError('invalidRecord', { ...namedRecordWithId('chapter', chapter.id), problem: `invalid rich text: ${(error as Error).message}` });
  }
}

/** ProseMirror's JSON of a schema-checked document is a rich text document; the store validates it again. */
export function richDoc(node: Node): RichDoc {
  return node.toJSON() as RichDoc;
}
