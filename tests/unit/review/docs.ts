/** Small chapter bodies for the review tests: paragraphs of text, some of it marked for a thread. */
import type { Node } from 'prosemirror-model';
import { docFromJSON, type NodeJSON, type RichDoc } from '../../../main/model/index.js';
import { docRange, indexDoc } from '../../../main/review/text-index.js';

/** A paragraph from pieces: a string is plain text, `[text, threadId…]` is text marked for those threads. */
export type Piece = string | [string, ...string[]];

export function para(...pieces: Piece[]): NodeJSON {
  return {
    type: 'paragraph',
    content: pieces.map((piece) =>
      typeof piece === 'string'
        ? { type: 'text', text: piece }
        : { type: 'text', text: piece[0], marks: piece.slice(1).map((threadId) => ({ type: 'comment', attrs: { threadId } })) },
    ),
  };
}

export function body(...blocks: NodeJSON[]): RichDoc {
  return { type: 'doc', content: blocks };
}

export function node(doc: RichDoc): Node {
  return docFromJSON(doc);
}

/** The text a thread's mark covers in a document. */
export function markedText(doc: Node | RichDoc, threadId: string): string | undefined {
  const index = indexDoc('type' in doc && typeof doc.type === 'string' ? docFromJSON(doc) : (doc as Node));
  const range = index.marked.get(threadId);
  return range && index.text.slice(range.start, range.end);
}

/** The document positions of the first occurrence of `text`, across marks. */
export function rangeOf(doc: Node, text: string): { from: number; to: number } {
  const index = indexDoc(doc);
  const at = index.text.indexOf(text);
  const range = at < 0 ? null : docRange(index, { start: at, end: at + text.length });
  if (!range) throw new Error(`no "${text}" in the document`);
  return range;
}
