/** Where each thread's comment mark lies in a document: from its first marked character to its last. */
import type { Node } from 'prosemirror-model';

export interface Range {
  from: number;
  to: number;
}

export function commentIds(node: Node): string[] {
  return node.marks.filter((m) => m.type.name === 'comment').map((m) => m.attrs.threadId as string);
}

export function threadRanges(doc: Node): Map<string, Range> {
  const ranges = new Map<string, Range>();
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const id of commentIds(node)) {
      const seen = ranges.get(id);
      const end = pos + node.nodeSize;
      ranges.set(id, seen ? { from: Math.min(seen.from, pos), to: Math.max(seen.to, end) } : { from: pos, to: end });
    }
  });
  return ranges;
}

/** The innermost thread among `ids` whose passage holds `pos`: the one the cursor is most precisely in. */
export function threadAt(ranges: ReadonlyMap<string, Range>, pos: number, ids: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let size = Infinity;
  for (const [id, r] of ranges) {
    if (!ids.has(id) || pos < r.from || pos > r.to) continue;
    if (r.to - r.from < size) {
      best = id;
      size = r.to - r.from;
    }
  }
  return best;
}
