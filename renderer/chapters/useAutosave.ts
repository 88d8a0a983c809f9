/**
 * Saves a chapter about a second after the last change, and while the typing
 * goes on without such a pause at least once a second, so that a crash loses
 * no more than the last second of work. From the first change until the write
 * lands the header says "opslaan…" (a hold on the save state); changes made
 * while a write is under way are saved right after it. Leaving the chapter
 * saves at once what is still waiting.
 *
 * A save that is due starts when the main thread is next idle (within
 * idleWaitMs, inside the second), and sends only the blocks of the text that
 * changed since the last save (blockPatch) when nothing else did: handing a
 * 20,000-word chapter whole to fetch took the browser 10–30 ms (Electron's
 * IPC copies it too), which held up the keystroke that came meanwhile.
 */
import type { Node } from 'prosemirror-model';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Channel, SavedChapter } from '../../main/ipc/contract.js';
import { now, type Chapter, type RichDoc } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { blockPatch } from './blockPatch.js';
import { blocksChangeOnlyText, changesOnlyText } from './textOnly.js';

const idleMs = 800;
/** The longest a change waits for its save while changes keep coming. */
const maxWaitMs = 1000;
/** The longest a save that is due waits for an idle moment. */
const idleWaitMs = 100;

export type ChapterMeta = Pick<Chapter, 'title' | 'byline' | 'kind' | 'reviewStatus'>;

/** The chapter main stored, with its body: the save's answer without what it said about the save. */
function storedChapter({ threadsMoved: _threadsMoved, ...saved }: SavedChapter, body: RichDoc): Chapter {
  return { ...saved, body };
}

/** A save that moved none of the chapter's threads leaves their list as it was: it is not read again. */
const threadsUnmoved = (saved: SavedChapter | null): Channel[] => (saved && !saved.threadsMoved ? ['threads.forChapter'] : []);

function sameFields(a: ChapterMeta, b: ChapterMeta): boolean {
  return a.title === b.title && a.byline === b.byline && a.kind === b.kind && a.reviewStatus === b.reviewStatus;
}

export interface Autosave {
  /** Something changed: the text (its current node) and/or the fields above it. */
  change(update: { doc?: Node; meta?: ChapterMeta }): void;
  /** Writes what is waiting now; resolves when it is stored (or failed). */
  flush(): Promise<void>;
  /** Starts over from a chapter read afresh (after restoring a snapshot). */
  reset(chapter: Chapter): void;
  /** The editor opened on the stored body: its document is what the first save's changed blocks are found against. */
  opened(doc: Node): void;
  /**
   * Takes over a chapter main stored without a save of ours (a comment mark
   * put on or taken off) and the editor's document that now carries those
   * marks, so a later save does not write the old marks back.
   */
  adopt(chapter: Chapter, doc: Node): void;
}

/**
 * `onSaved` gets the chapter as main stored it and whether main stored its
 * body otherwise than it was sent (it put comment marks back, see review/reconcile).
 */
export function useAutosave(initial: Chapter, onError: (error: unknown) => void, onSaved: (stored: Chapter, rewritten: boolean) => void): Autosave {
  const { write, hold } = useData();
  const base = useRef(initial);
  const doc = useRef<Node | null>(null);
  /** The editor's document whose JSON is the body as stored, when known: what a save's blocks are found against. */
  const storedDoc = useRef<Node | null>(null);
  const meta = useRef<ChapterMeta | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const idle = useRef<number | undefined>(undefined);
  /** When the oldest change not yet handed to a write was made. */
  const waitingSince = useRef<number | null>(null);
  const release = useRef<(() => void) | null>(null);
  const version = useRef(0);
  const running = useRef<Promise<void>>(Promise.resolve());
  const callbacks = useRef({ onError, onSaved });
  callbacks.current = { onError, onSaved };

  /**
   * Writes the chapter: when only its text changed since it was stored, only
   * the blocks that changed (main answers null when the stored chapter has
   * moved on meanwhile, and it goes whole); else all of it. Null when there
   * is nothing to write.
   */
  const save = useCallback(
    async (sent: Node | null): Promise<{ chapter: Chapter; rewritten: boolean } | null> => {
      const stored = base.current;
      const fields = { ...stored, ...(meta.current ?? {}) };
      const from = storedDoc.current;
      const patch = sent && from && sameFields(fields, stored) ? blockPatch(from, sent) : undefined;
      // The text is as stored (typed and undone): nothing to write.
      if (patch === null) return null;
      if (patch && sent && from) {
        const blocks = patch.blocks.map((block) => block.toJSON() as RichDoc);
        const replaced: RichDoc[] = [];
        for (let i = patch.from; i < patch.to; i++) replaced.push(from.child(i).toJSON() as RichDoc);
        const input = { id: stored.id, base: stored.updatedAt, count: patch.count, from: patch.from, to: patch.to, blocks, updatedAt: now() };
        // A patch main refused (the stored chapter moved on) stored nothing: what it would change is read after the whole chapter is written below.
        const saved = await write('chapters.patch', input, { textOnly: blocksChangeOnlyText(replaced, blocks), unchanged: threadsUnmoved, refused: (answer) => answer === null });
        // Stored as sent: the stored body with the blocks replaced, as main did it (the whole document's JSON cost 3–4 ms).
        const content = stored.body.content ?? [];
        const body = saved?.body ?? { ...stored.body, content: [...content.slice(0, patch.from), ...blocks, ...content.slice(patch.to)] };
        if (saved) return { chapter: storedChapter(saved, body), rewritten: saved.body !== null };
      }
      const record: Chapter = { ...fields, body: sent ? (sent.toJSON() as RichDoc) : stored.body, updatedAt: now() };
      const saved = await write('chapters.put', record, { textOnly: changesOnlyText(stored, record), unchanged: threadsUnmoved });
      // Main sends the body back only when it stored it otherwise than sent.
      return { chapter: storedChapter(saved, saved.body ?? record.body), rewritten: saved.body !== null };
    },
    [write],
  );

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (idle.current !== undefined) window.cancelIdleCallback(idle.current);
    idle.current = undefined;
    waitingSince.current = null;
    if (!release.current) return running.current;
    running.current = running.current.then(async () => {
      const at = version.current;
      const sent = doc.current;
      try {
        const stored = await save(sent);
        if (stored) {
          base.current = stored.chapter;
          storedDoc.current = stored.rewritten ? null : sent;
          callbacks.current.onSaved(stored.chapter, stored.rewritten);
        }
      } catch (error) {
        callbacks.current.onError(error);
      }
      // Release only if nothing changed meanwhile; otherwise the newer change's timer saves it.
      if (version.current === at) {
        release.current?.();
        release.current = null;
      }
    });
    return running.current;
  }, [save]);

  const change = useCallback(
    (update: { doc?: Node; meta?: ChapterMeta }) => {
      if (update.doc) doc.current = update.doc;
      if (update.meta) meta.current = update.meta;
      version.current++;
      release.current ??= hold();
      const at = Date.now();
      waitingSince.current ??= at;
      window.clearTimeout(timer.current);
      const due = () => (idle.current ??= window.requestIdleCallback(() => void flush(), { timeout: idleWaitMs }));
      timer.current = window.setTimeout(due, Math.max(0, Math.min(idleMs, waitingSince.current + maxWaitMs - idleWaitMs - at)));
    },
    [flush, hold],
  );

  const reset = useCallback((chapter: Chapter) => {
    base.current = chapter;
    doc.current = null;
    storedDoc.current = null;
    meta.current = null;
  }, []);

  const opened = useCallback((current: Node) => {
    storedDoc.current = current;
  }, []);

  const adopt = useCallback((chapter: Chapter, current: Node) => {
    base.current = chapter;
    if (doc.current) doc.current = current;
    // The editor's text may differ from the stored body (typed since): the next save goes whole.
    storedDoc.current = null;
  }, []);

  useEffect(() => () => void flush(), [flush]);

  // One object while its parts hold: what is built from it (the review actions) stays put too.
  return useMemo(() => ({ change, flush, reset, opened, adopt }), [change, flush, reset, opened, adopt]);
}
