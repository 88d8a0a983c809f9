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
  /** For each character of `text`, its document position, or -1 where no mark can go. */
  readonly positions: readonly number[];
  /** For each thread marked in the body, the stretch of `text` from its first to its last marked character. */
  readonly marked: ReadonlyMap<string, TextRange>;
}

/** Offsets into a text, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export function indexDoc(doc: Node): TextIndex {
  // A chapter is some 130,000 characters, indexed on every save: its text goes in by the run, not by the character.
  const parts: string[] = [];
  const positions: number[] = [];
  const marked = new Map<string, TextRange>();
  let length = 0;
  let endsInSeparator = false;
  const push = (text: string, pos: number, threadIds: readonly string[]): void => {
    if (text.length === 0) return;
    const start = length;
    parts.push(text);
    for (let i = 0; i < text.length; i++) positions.push(pos < 0 ? -1 : pos + i);
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
  while (text.endsWith('\n') && positions[positions.length - 1] === -1) {
    text = text.slice(0, -1);
    positions.pop();
  }
  return { text, positions, marked };
}

export function threadIdsOf(node: Node): string[] {
  return node.marks.filter((m) => m.type.name === 'comment').map((m) => m.attrs.threadId as string);
}

/** Whether a comment mark can go on some character of the range. */
export function isMarkable(index: TextIndex, range: TextRange): boolean {
  for (let i = range.start; i < range.end; i++) if (index.positions[i]! >= 0) return true;
  return false;
}

/** The document range covering the markable characters of a text range, or null when there are none. */
export function docRange(index: TextIndex, range: TextRange): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  for (let i = range.start; i < range.end; i++) {
    const pos = index.positions[i]!;
    if (pos < 0) continue;
    if (from < 0) from = pos;
    to = pos + 1;
  }
  return from < 0 ? null : { from, to };
}

/** The text range of a document range: the characters whose positions fall inside it. */
export function textRange(index: TextIndex, from: number, to: number): TextRange | null {
  let start = -1;
  let end = -1;
  index.positions.forEach((pos, i) => {
    if (pos < from || pos >= to) return;
    if (start < 0) start = i;
    end = i + 1;
  });
  return start < 0 ? null : { start, end };
}
