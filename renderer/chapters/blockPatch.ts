/**
 * What a save of the editor's text must send: the top-level blocks between
 * the longest run the document shares with the one last stored at its start
 * and at its end. A transaction keeps every node it leaves alone, so a
 * keystroke's save is the paragraph it was typed in, however long the
 * chapter: sending all of a 20,000-word chapter held up the keystroke that
 * came during it by some 10–30 ms (the browser copying the request), once a
 * second while one types.
 */
import type { Node } from 'prosemirror-model';

export interface BlockPatch {
  /** The stored document's number of blocks. */
  count: number;
  /** Blocks [from, to) of the stored document become `blocks`. */
  from: number;
  to: number;
  blocks: Node[];
}

/** The patch from `stored` to `next`; null when their blocks are the same. */
export function blockPatch(stored: Node, next: Node): BlockPatch | null {
  const count = stored.childCount;
  const most = Math.min(count, next.childCount);
  const same = (a: Node, b: Node) => a === b || a.eq(b);
  let from = 0;
  while (from < most && same(stored.child(from), next.child(from))) from++;
  if (from === count && from === next.childCount) return null;
  let end = 0;
  while (end < most - from && same(stored.child(count - 1 - end), next.child(next.childCount - 1 - end))) end++;
  const blocks: Node[] = [];
  for (let i = from; i < next.childCount - end; i++) blocks.push(next.child(i));
  return { count, from, to: count - end, blocks };
}
