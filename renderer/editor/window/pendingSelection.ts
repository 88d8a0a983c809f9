/**
 * A caret the browser moved that ProseMirror has not read yet. PageDown or an
 * arrow key at the screen's edge moves the DOM selection and scrolls at once;
 * the scroll event, in which the window redraws, can come before the
 * selectionchange in which ProseMirror takes the new selection over. A redraw
 * then would put the old selection back into the DOM, and the key would be
 * lost. So the window's transaction carries the browser's selection with it.
 */
import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export function takeBrowserSelection(view: EditorView, tr: Transaction): Transaction {
  // While composing, ProseMirror follows the DOM itself.
  if (!view.hasFocus() || view.composing || !(view.state.selection instanceof TextSelection)) return tr;
  const dom = document.getSelection();
  const { anchorNode, focusNode } = dom ?? {};
  if (!dom || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return tr;
  const $anchor = tr.doc.resolve(view.posAtDOM(anchorNode, dom.anchorOffset));
  const $head = tr.doc.resolve(view.posAtDOM(focusNode, dom.focusOffset));
  const { selection } = view.state;
  if ($anchor.pos === selection.anchor && $head.pos === selection.head) return tr;
  // Only a caret or range in text, as the browser moves it; anything else ProseMirror reads itself.
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return tr;
  return tr.setSelection(TextSelection.between($anchor, $head));
}
