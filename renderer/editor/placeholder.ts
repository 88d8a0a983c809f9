/**
 * An empty text says what goes in it: while the document is one empty
 * paragraph, that paragraph carries a hint (shown by CSS, never part of the
 * text), as the library's empty states do for lists.
 */
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** `hint` is asked anew for each empty state, so it follows the UI's language. */
export function placeholder(hint: () => string): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const { doc } = state;
        const only = doc.firstChild;
        if (doc.childCount !== 1 || only === null || !only.isTextblock || only.content.size > 0) return null;
        return DecorationSet.create(doc, [Decoration.node(0, only.nodeSize, { class: 'empty-text', 'data-placeholder': hint() })]);
      },
    },
  });
}
