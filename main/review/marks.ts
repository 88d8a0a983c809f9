/** Putting a thread's comment mark on a passage of a chapter body, and taking it off again. */
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema } from '../model/index.js';

export function addCommentMark(doc: Node, threadId: string, from: number, to: number): Node {
  return new Transform(doc).addMark(from, to, schema.marks.comment!.create({ threadId })).doc;
}

export function removeCommentMark(doc: Node, threadId: string): Node {
  return new Transform(doc).removeMark(0, doc.content.size, schema.marks.comment!.create({ threadId })).doc;
}
