/**
 * What happens to a chapter's threads when its body is saved. A thread whose
 * mark is still in the text keeps it, and its anchor follows the passage as it
 * is now. A thread whose mark is gone is found again by its quoted passage
 * (with the words around it) and marked there; when the passage itself is
 * gone, the thread moves to the nearest surviving word and says so in
 * `reanchoredAt`. A thread is never dropped.
 */
import type { Node } from 'prosemirror-model';
import type { CommentThread, Timestamp } from '../model/index.js';
import { locate, anchorOf, nearestWord } from './locate.js';
import { addCommentMark } from './marks.js';
import { offsetMap } from './offset-map.js';
import { docRange, indexDoc, type TextIndex, type TextRange } from './text-index.js';

export interface Reconciled {
  /** The new body, with the marks of threads that had lost theirs put back: `after` itself when none was. */
  doc: Node;
  /** The threads that changed (anchor refreshed, or moved), as they must be stored. */
  changed: CommentThread[];
}

/**
 * `before` is the body the threads were on (null for a new chapter), read only
 * when a thread has lost its mark: most saves, once a second while typing,
 * need neither it nor its index.
 */
export function reconcileThreads(before: () => Node | null, after: Node, threads: readonly CommentThread[], at: Timestamp): Reconciled {
  let old: TextIndex | null | undefined;
  const oldIndex = (): TextIndex | null => {
    if (old === undefined) {
      const doc = before();
      old = doc ? indexDoc(doc) : null;
    }
    return old;
  };
  let doc = after;
  let index = indexDoc(doc);
  // Worked out only when a thread has lost its mark: most saves need none of it.
  let toNew: ((offset: number) => number) | null = null;
  const changed: CommentThread[] = [];

  for (const thread of threads) {
    const range = index.marked.get(thread.id);
    if (range) {
      // A moved thread keeps the passage it was about; the others follow the text.
      const anchor = anchorOf(index.text, range);
      if (thread.reanchoredAt === null && !sameAnchor(anchor, thread.anchor)) changed.push({ ...thread, anchor });
      continue;
    }
    const was = oldIndex()?.marked.get(thread.id);
    if (was && !toNew) toNew = offsetMap(oldIndex()!.text, index.text);
    const hint = was && toNew ? toNew(was.start) : null;
    const found = locate(thread.anchor, index, hint);
    const target = found?.range ?? nearestWord(index, 0);
    const place = target && docRange(index, target);
    if (!place) {
      // A body without a single word: the thread stays, waiting for text.
      if (thread.reanchoredAt === null) changed.push({ ...thread, reanchoredAt: at });
      continue;
    }
    doc = addCommentMark(doc, thread.id, place.from, place.to);
    const moved = !found || found.placement === 'nearest';
    changed.push(
      moved
        ? { ...thread, reanchoredAt: at }
        : { ...thread, anchor: anchorOf(index.text, target as TextRange), reanchoredAt: null },
    );
    index = indexDoc(doc);
  }
  return { doc, changed };
}

function sameAnchor(a: CommentThread['anchor'], b: CommentThread['anchor']): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix;
}
