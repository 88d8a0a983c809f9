/**
 * Comments in one open chapter: the threads, the sidebar's filter, the
 * active thread, the passage a new comment is being written on, and every
 * review action. Positions go to main as they are in the stored body, so
 * waiting text is saved first; the chapter main answers with (its comment
 * marks) is taken over by the editor.
 */
import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Chapter, CommentThread } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useToast } from '../app/toasts.js';
import type { Autosave } from '../chapters/useAutosave.js';
import { windowMoved } from '../editor/window/windowPlugin.js';
import { useI18n } from '../i18n/I18n.js';
import { adoptCommentMarks } from './adoptMarks.js';
import { commentKey, commentPlugin, commentView, setCommentView } from './commentPlugin.js';
import { matches, type ThreadFilter } from './filter.js';
import { useProfile } from './profile.js';
import { threadRanges } from './ranges.js';
import { useThreads } from './useThreads.js';

export interface ReviewActions {
  comment(text: string): Promise<boolean>;
  reply(threadId: string, text: string): Promise<boolean>;
  edit(threadId: string, commentId: string, text: string): Promise<boolean>;
  remove(threadId: string, commentId: string): Promise<boolean>;
  resolve(threadId: string): Promise<boolean>;
  reopen(threadId: string): Promise<boolean>;
}

export interface ChapterComments {
  plugin: ReturnType<typeof commentPlugin>;
  view: EditorView | null;
  setView(view: EditorView | null): void;
  /** Follows the editor: the active thread, a draft, and whether the text moved. */
  onUpdate(view: EditorView, tr: Transaction): void;
  /** Calls `listener` with every transaction that changes the text or the passages drawn (to place the cards again, outside React); returns the unsubscribe. */
  onTextChange(listener: (tr: Transaction) => void): () => void;
  threads: CommentThread[];
  shown: CommentThread[];
  filter: ThreadFilter;
  setFilter(filter: ThreadFilter): void;
  active: string | null;
  drafting: boolean;
  /** Starts a comment on the selected passage (asking for a profile first when there is none). */
  start(): void;
  cancelDraft(): void;
  select(threadId: string): void;
  /** Takes over a chapter as main stored it: its comment marks go into the editor. */
  adopt(chapter: Chapter): void;
  /** The review actions; each resolves true when main took it, false after showing why not. */
  act: ReviewActions;
}

export function useChapterComments(chapterId: string, autosave: Autosave): ChapterComments {
  const { t } = useI18n();
  const { write } = useData();
  const toast = useToast();
  const profile = useProfile();
  const { threads, put, drop } = useThreads(chapterId);
  const [plugin] = useState(commentPlugin);
  const [view, setView] = useState<EditorView | null>(null);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [active, setActive] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);
  const listeners = useRef(new Set<(tr: Transaction) => void>());
  const me = profile.state?.profile ?? null;
  const shown = useMemo(() => threads.filter((thread) => matches(thread, filter, me)), [threads, filter, me]);
  const viewRef = useRef(view);
  viewRef.current = view;

  // The text draws the passages of the threads the sidebar shows: drawn again only when those are other threads (a
  // save that moves an anchor changes a thread, not which are shown). The column orders its cards by the passages
  // drawn, so it draws again once they are: else the cards stood in main's order until the first save's answer
  // moved them all, with a layout of the column, inside the typing.
  const [drawn, setDrawn] = useState<{ view: EditorView; ids: string } | null>(null);
  useEffect(() => {
    if (!view) return;
    const ids = shown.map((thread) => thread.id);
    const key = [...ids].sort().join(' ');
    if (drawn?.view === view && drawn.ids === key) return;
    view.dispatch(setCommentView(view.state.tr, { shown: new Set(ids) }));
    setDrawn({ view, ids: key });
  }, [view, shown, drawn]);

  // Most keystrokes change neither: React renders nothing for them (set only when they differ, see useToolbarStatus).
  const shownState = useRef({ active, drafting });
  const onUpdate = useCallback((editor: EditorView, tr: Transaction) => {
    const state = commentView(editor.state);
    const next = { active: state.active, drafting: state.draft !== null };
    if (next.active !== shownState.current.active) setActive(next.active);
    if (next.drafting !== shownState.current.drafting) setDrafting(next.drafting);
    shownState.current = next;
    // The cards follow the passages drawn: place them again when the text, what is drawn on it or the blocks drawn change.
    if (tr.docChanged || tr.getMeta(commentKey) !== undefined || windowMoved(tr)) for (const listener of listeners.current) listener(tr);
  }, []);

  const onTextChange = useCallback((listener: (tr: Transaction) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const fail = useCallback((error: unknown) => toast({ text: errorText(error, t), tone: 'error' }), [toast, t]);

  const adopt = useCallback(
    (chapter: Chapter) => {
      const editor = viewRef.current;
      if (!editor) return;
      const tr = adoptCommentMarks(editor.state, chapter.body);
      if (tr) editor.dispatch(tr);
      autosave.adopt(chapter, editor.state.doc);
    },
    [autosave],
  );

  const start = useCallback(() => {
    const editor = viewRef.current;
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    if (empty) {
      toast({ text: t('error.emptyPassage'), tone: 'error' });
      return;
    }
    void profile.ensure().then((author) => {
      const now = viewRef.current;
      if (!author || !now) return;
      // A new thread is open: make sure the sidebar shows open threads.
      setFilter((f) => (f === 'resolved' ? 'open' : f));
      now.dispatch(setCommentView(now.state.tr, { draft: { from, to }, active: null }));
    });
  }, [profile, t, toast]);

  const cancelDraft = useCallback(() => {
    const editor = viewRef.current;
    if (editor) editor.dispatch(setCommentView(editor.state.tr, { draft: null }));
  }, []);

  const select = useCallback((threadId: string) => {
    const editor = viewRef.current;
    if (!editor) return;
    const range = threadRanges(editor.state.doc).get(threadId);
    const tr = setCommentView(editor.state.tr, { active: threadId });
    // Scrolled to: a card can stand below its passage (pushed down by the cards above).
    if (range) tr.setSelection(TextSelection.create(editor.state.doc, range.from, range.to)).scrollIntoView();
    editor.dispatch(tr);
    editor.focus();
  }, []);

  const act = useMemo((): ReviewActions => {
    const guard =
      <A extends unknown[]>(run: (...args: A) => Promise<void>) =>
      // Every review action is signed: ask who is acting first when nobody is known yet.
      async (...args: A): Promise<boolean> => {
        if (!(await profile.ensure())) return false;
        return run(...args).then(
          () => true,
          (error: unknown) => {
            fail(error);
            return false;
          },
        );
      };
    return {
      comment: guard(async (text: string) => {
        await autosave.flush();
        const editor = viewRef.current;
        const draft = editor ? commentView(editor.state).draft : null;
        if (!editor || !draft) return;
        const { thread, chapter } = await write('threads.comment', { chapterId, from: draft.from, to: draft.to, text });
        put(thread);
        adopt(chapter);
        const now = viewRef.current;
        if (now) now.dispatch(setCommentView(now.state.tr, { draft: null, active: thread.id }));
      }),
      reply: guard(async (threadId: string, text: string) => put(await write('threads.reply', { threadId, text }))),
      edit: guard(async (threadId: string, commentId: string, text: string) => put(await write('threads.edit', { threadId, commentId, text }))),
      remove: guard(async (threadId: string, commentId: string) => {
        const change = await write('threads.deleteComment', { threadId, commentId });
        if (change.thread) put(change.thread);
        else drop(threadId);
        if (change.chapter) adopt(change.chapter);
      }),
      resolve: guard(async (threadId: string) => put(await write('threads.resolve', { threadId }))),
      reopen: guard(async (threadId: string) => put(await write('threads.reopen', { threadId }))),
    };
  }, [adopt, autosave, chapterId, drop, fail, profile, put, write]);

  return { plugin, view, setView, onUpdate, onTextChange, threads, shown, filter, setFilter, active, drafting, start, cancelDraft, select, adopt, act };
}
