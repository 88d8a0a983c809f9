/**
 * The editing commands the toolbar and the shortcuts share, on our schema from
 * main/model. Each is a ProseMirror command: `(state, dispatch?) => boolean`,
 * so calling it without dispatch asks whether it applies (to grey out buttons).
 */
import { lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import type { MarkType, Node, NodeType } from 'prosemirror-model';
import { NodeSelection, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { wrapInList } from 'prosemirror-schema-list';
import { schema } from '../../main/model/index.js';

const nodes = schema.nodes;
const marks = schema.marks;

export const toggleStrong = toggleMark(marks.strong!);
export const toggleEm = toggleMark(marks.em!);
export const setParagraph = setBlockType(nodes.paragraph!);
export const setHeading = (level: 1 | 2): Command => setBlockType(nodes.heading!, { level });
export const bulletList = wrapInList(nodes.bullet_list!);
export const orderedList = wrapInList(nodes.ordered_list!);

/** Quote the selected blocks, or unquote them when they already are. */
export const toggleBlockquote: Command = (state, dispatch) =>
  blockActive(state, nodes.blockquote!) ? lift(state, dispatch) : wrapIn(nodes.blockquote!)(state, dispatch);

export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** True when the selection sits in (an ancestor of) a node of `type`, with `attrs` when given. */
export function blockActive(state: EditorState, type: NodeType, attrs?: Record<string, unknown>): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type === type && (!attrs || Object.entries(attrs).every(([k, v]) => node.attrs[k] === v))) return true;
  }
  return false;
}

/** The link under the cursor (or on the selection), for editing it. */
export function currentLink(state: EditorState): string | null {
  const { $from } = state.selection;
  const mark = marks.link!.isInSet($from.marks()) ?? marks.link!.isInSet($from.nodeAfter?.marks ?? []);
  return mark ? (mark.attrs.href as string) : null;
}

/**
 * Links the selection to `href`, or with null removes the link. With an empty
 * selection inside a link the whole link is changed; elsewhere the address
 * itself is inserted as linked text.
 */
export function setLink(href: string | null): Command {
  return (state, dispatch) => {
    const type = marks.link!;
    let { from, to } = state.selection;
    if (state.selection.empty) {
      const range = markRange(state, from, type);
      if (!range) return href ? insertLinkedAddress(state, from, href, dispatch) : false;
      ({ from, to } = range);
    }
    if (dispatch) {
      const tr = state.tr.removeMark(from, to, type);
      if (href) tr.addMark(from, to, type.create({ href }));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** The address itself as linked text, without its scheme: "werkplaats.nl". */
function insertLinkedAddress(state: EditorState, at: number, href: string, dispatch?: (tr: Transaction) => void): boolean {
  const text = href.replace(/^(https?:\/\/|mailto:)/i, '');
  dispatch?.(state.tr.insertText(text, at).addMark(at, at + text.length, marks.link!.create({ href })).scrollIntoView());
  return true;
}

function markRange(state: EditorState, pos: number, type: MarkType): { from: number; to: number } | null {
  const $pos = state.doc.resolve(pos);
  const parent = $pos.parent;
  let index = $pos.index();
  // At a link's end the cursor's child is the one after it: look back one.
  if (index >= parent.childCount || !type.isInSet(parent.child(index).marks)) {
    if (index > 0 && type.isInSet(parent.child(index - 1).marks)) index -= 1;
    else return null;
  }
  const mark = type.isInSet(parent.child(index).marks)!;
  let first = index;
  let last = index;
  while (first > 0 && mark.isInSet(parent.child(first - 1).marks)) first--;
  while (last < parent.childCount - 1 && mark.isInSet(parent.child(last + 1).marks)) last++;
  let from = $pos.start();
  for (let i = 0; i < first; i++) from += parent.child(i).nodeSize;
  let to = from;
  for (let i = first; i <= last; i++) to += parent.child(i).nodeSize;
  return { from, to };
}

/** Inserts an empty footnote at the cursor and selects it, which opens its editor. */
export const insertFootnote: Command = (state, dispatch) => {
  const type = nodes.footnote!;
  const $from = state.selection.$from;
  if (!$from.parent.canReplaceWith($from.index(), $from.index(), type)) return false;
  if (dispatch) {
    const pos = state.selection.from;
    const tr = state.tr.replaceSelectionWith(type.create(), false);
    if (tr.doc.nodeAt(pos)?.type === type) tr.setSelection(NodeSelection.create(tr.doc, pos));
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/**
 * Inserts a block atom (kader, figure) after the top-level block the cursor is
 * in (they live between blocks, never inside a list or quote), keeping a
 * paragraph after it to type on.
 */
function insertBlock(node: Node): Command {
  return (state, dispatch) => {
    const { $to } = state.selection;
    const at = $to.depth === 0 ? state.selection.to : $to.after(1);
    if (dispatch) {
      const tr = state.tr.insert(at, node);
      const after = at + node.nodeSize;
      if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, nodes.paragraph!.create());
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

export function insertMaterialBox(itemIds: string[]): Command {
  return insertBlock(nodes.material_box!.create({ itemIds, title: null }));
}

export function insertFigure(visualId: string): Command {
  return insertBlock(nodes.figure!.create({ visualId }));
}

/** Changes which items the kader at `pos` shows. */
export function setBoxItems(pos: number, itemIds: string[]): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (node?.type !== nodes.material_box) return false;
    dispatch?.(state.tr.setNodeMarkup(pos, null, { ...node.attrs, itemIds }));
    return true;
  };
}
