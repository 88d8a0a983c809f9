/**
 * Saves a chapter about a second after the last change, and while the typing
 * goes on without such a pause at least once a second, so that a crash loses
 * no more than the last second of work. From the first change until the write
 * lands the header says "opslaan…" (a hold on the save state); changes made
 * while a write is under way are saved right after it. Leaving the chapter
 * saves at once what is still waiting.
 *
 * A save that is due starts when the main thread is next idle (within
 * idleWaitMs, inside the second): serialising and sending a 20,000-word
 * chapter takes a few milliseconds, which on a timer of its own ran between
 * a keystroke and its frame, or held up the next keystroke.
 */
import type { Node } from 'prosemirror-model';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { now, type Chapter } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { sameJson } from './sameJson.js';
import { changesOnlyText } from './textOnly.js';

const idleMs = 800;
/** The longest a change waits for its save while changes keep coming. */
const maxWaitMs = 1000;
/** The longest a save that is due waits for an idle moment. */
const idleWaitMs = 100;

export type ChapterMeta = Pick<Chapter, 'title' | 'byline' | 'kind' | 'reviewStatus'>;

export interface Autosave {
  /** Something changed: the text (its current node) and/or the fields above it. */
  change(update: { doc?: Node; meta?: ChapterMeta }): void;
  /** Writes what is waiting now; resolves when it is stored (or failed). */
  flush(): Promise<void>;
  /** Starts over from a chapter read afresh (after restoring a snapshot). */
  reset(chapter: Chapter): void;
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

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (idle.current !== undefined) window.cancelIdleCallback(idle.current);
    idle.current = undefined;
    waitingSince.current = null;
    if (!release.current) return running.current;
    running.current = running.current.then(async () => {
      const at = version.current;
      const record: Chapter = {
        ...base.current,
        ...(meta.current ?? {}),
        body: doc.current ? (doc.current.toJSON() as Chapter['body']) : base.current.body,
        updatedAt: now(),
      };
      try {
        base.current = await write('chapters.put', record, { textOnly: changesOnlyText(base.current, record) });
        callbacks.current.onSaved(base.current, !sameJson(base.current.body, record.body));
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
  }, [write]);

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
    meta.current = null;
  }, []);

  const adopt = useCallback((chapter: Chapter, current: Node) => {
    base.current = chapter;
    if (doc.current) doc.current = current;
  }, []);

  useEffect(() => () => void flush(), [flush]);

  // One object while its parts hold: what is built from it (the review actions) stays put too.
  return useMemo(() => ({ change, flush, reset, adopt }), [change, flush, reset, adopt]);
}
