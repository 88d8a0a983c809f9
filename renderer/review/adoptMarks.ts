/**
 * Main re-anchors threads when a chapter is saved or commented and may put
 * comment marks back into the body. The editor takes over the stored marks
 * only when the text is otherwise the same — so nothing the user typed
 * meanwhile is lost, and the selection stays where it is (only mark steps).
 */
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import { docFromJSON, schema, type RichDoc } from '../../main/model/index.js';
import { alreadyStored } from '../editor/setup.js';

export function adoptCommentMarks(state: EditorState, stored: RichDoc): Transaction | null {
  const comment = schema.marks.comment!;
  const target = docFromJSON(stored);
  if (target.eq(state.doc) || !withoutComments(target).eq(withoutComments(state.doc))) return null;
  const tr = state.tr.removeMark(0, state.doc.content.size, comment);
  target.descendants((node, pos) => {
    if (!node.isText) return;
    for (const mark of node.marks) if (mark.type === comment) tr.addMark(pos, pos + node.nodeSize, mark);
  });
  return tr.setMeta('addToHistory', false).setMeta(alreadyStored, true);
}

function withoutComments(doc: Node): Node {
  return new Transform(doc).removeMark(0, doc.content.size, schema.marks.comment!).doc;
}
