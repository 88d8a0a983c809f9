/**
 * A chapter body read as one string, with the document position of every
 * character: what anchoring searches and what marks are put back onto. Blocks
 * are separated by a newline and footnotes appear in brackets after their
 * reference, as in the model's `plainText`, so that anchors taken from either
 * agree. Separators and footnote text cannot carry a comment mark: their
 * position is -1.
 */
import type { Node } from 'prosemirror-model';

export interface TextIndex {
  readonly text: string;
  /**
   * Where the characters of `text` stand in the document, by the run: run r
   * covers the text from `runStart[r]` to `runStart[r + 1]` (the last to the
   * end of `text`) and its characters stand at `runPos[r]`, `runPos[r] + 1`, …,
   * or nowhere a mark can go when `runPos[r]` is -1. A position per character
   * cost most of a save of a long chapter with threads.
   */
  readonly runStart: Int32Array;
  readonly runPos: Int32Array;
  /** For each thread marked in the body, the stretch of `text` from its first to its last marked character. */
  readonly marked: ReadonlyMap<string, TextRange>;
}

/** Offsets into a text, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export function indexDoc(doc: Node): TextIndex {
  const parts: string[] = [];
  const starts: number[] = [];
  const poss: number[] = [];
  const marked = new Map<string, TextRange>();
  let length = 0;
  let endsInSeparator = false;
  const push = (text: string, pos: number, threadIds: readonly string[]): void => {
    if (text.length === 0) return;
    const start = length;
    parts.push(text);
    starts.push(start);
    poss.push(pos);
    length += text.length;
    endsInSeparator = text.endsWith('\n');
    for (const id of threadIds) {
      const range = marked.get(id);
      if (range) range.end = length;
      else marked.set(id, { start, end: length });
    }
  };
  const separate = (): void => {
    if (length > 0 && !endsInSeparator) push('\n', -1, []);
  };

  doc.descendants((node, pos) => {
    if (node.isText) {
      push(node.text ?? '', pos, threadIdsOf(node));
      return false;
    }
    if (node.type.name === 'footnote') {
      const ids = threadIdsOf(node);
      push(' [', -1, ids);
      push(node.textContent, -1, ids);
      push(']', -1, ids);
      return false;
    }
    if (node.type.name === 'hard_break') {
      push('\n', -1, threadIdsOf(node));
      return false;
    }
    if (node.isBlock) separate();
    return true;
  });
  // plainText trims the whole text; a trailing separator never carries anything.
  let text = parts.join('');
  while (text.endsWith('\n') && poss[poss.length - 1] === -1) {
    text = text.slice(0, -1);
    if (starts[starts.length - 1] === text.length) {
      starts.pop();
      poss.pop();
    }
  }
  return { text, runStart: Int32Array.from(starts), runPos: Int32Array.from(poss), marked };
}

/** The run holding text offset `i` (0 ≤ i < text length): binary search over the runs' starts. */
function runAt(index: TextIndex, i: number): number {
  let low = 0;
  let high = index.runStart.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.runStart[mid]! <= i) low = mid;
    else high = mid - 1;
  }
  return low;
}

function runEnd(index: TextIndex, r: number): number {
  return r + 1 < index.runStart.length ? index.runStart[r + 1]! : index.text.length;
}

/** Each run's part of a text range that a mark can go on, in order: [text start, text end, document position of the start]. */
function* markableParts(index: TextIndex, range: TextRange): Generator<[number, number, number]> {
  if (range.start >= range.end || index.runStart.length === 0) return;
  for (let r = runAt(index, range.start); r < index.runStart.length && index.runStart[r]! < range.end; r++) {
    const pos = index.runPos[r]!;
    if (pos < 0) continue;
    const start = Math.max(range.start, index.runStart[r]!);
    const end = Math.min(range.end, runEnd(index, r));
    if (start < end) yield [start, end, pos + start - index.runStart[r]!];
  }
}

export function threadIdsOf(node: Node): string[] {
  return node.marks.filter((m) => m.type.name === 'comment').map((m) => m.attrs.threadId as string);
}

/** Whether a comment mark can go on some character of the range. */
export function isMarkable(index: TextIndex, range: TextRange): boolean {
  return !markableParts(index, range).next().done;
}

/** The document range covering the markable characters of a text range, or null when there are none. */
export function docRange(index: TextIndex, range: TextRange): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  for (const [start, end, pos] of markableParts(index, range)) {
    if (from < 0) from = pos;
    to = pos + end - start;
  }
  return from < 0 ? null : { from, to };
}

/** The text range of a document range: the characters whose positions fall inside it. */
export function textRange(index: TextIndex, from: number, to: number): TextRange | null {
  let start = -1;
  let end = -1;
  // Positions rise through the runs that have them: the overlap of each with [from, to) is one stretch.
  for (let r = 0; r < index.runStart.length; r++) {
    const pos = index.runPos[r]!;
    const length = runEnd(index, r) - index.runStart[r]!;
    if (pos < 0 || pos + length <= from || pos >= to) continue;
    if (start < 0) start = index.runStart[r]! + Math.max(0, from - pos);
    end = index.runStart[r]! + Math.min(length, to - pos);
  }
  return start < 0 ? null : { start, end };
}
