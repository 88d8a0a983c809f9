/**
 * How comments show in the text. The comment mark only carries a thread id;
 * this plugin draws the passages of the threads the sidebar shows, darker
 * where they overlap, the active thread stronger, and the passage a new
 * comment is being written on. The draft's range follows the edits; a
 * cursor moved into a passage makes its thread the active one.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { commentIds, threadAt, threadRanges, type Range } from './ranges.js';

export interface CommentView {
  /** The threads to draw (the sidebar's filter). */
  shown: ReadonlySet<string>;
  active: string | null;
  draft: Range | null;
}

interface PluginState extends CommentView {
  decorations: DecorationSet;
}

export const commentKey = new PluginKey<PluginState>('comments');

/** Changes what is drawn; the editor's document is untouched. */
export function setCommentView(tr: Transaction, view: Partial<CommentView>): Transaction {
  return tr.setMeta(commentKey, view);
}

export function commentView(state: EditorState): CommentView {
  return commentKey.getState(state) ?? { shown: new Set(), active: null, draft: null };
}

export function commentPlugin(): Plugin<PluginState> {
  return new Plugin<PluginState>({
    key: commentKey,
    state: {
      init: (_, state) => withDecorations(state.doc, { shown: new Set(), active: null, draft: null }),
      apply(tr, value) {
        const change = tr.getMeta(commentKey) as Partial<CommentView> | undefined;
        if (!change && !tr.docChanged && !tr.selectionSet) return value;
        let draft = change?.draft !== undefined ? change.draft : value.draft;
        if (draft && tr.docChanged) {
          draft = { from: tr.mapping.map(draft.from, 1), to: tr.mapping.map(draft.to, -1) };
          if (draft.from >= draft.to) draft = null;
        }
        const next = { ...value, ...change, draft };
        if (tr.selectionSet && change?.active === undefined) next.active = threadAt(threadRanges(tr.doc), tr.selection.from, next.shown);
        return withDecorations(tr.doc, next);
      },
    },
    props: {
      decorations: (state) => commentKey.getState(state)?.decorations ?? null,
    },
  });
}

function withDecorations(doc: Node, view: CommentView): PluginState {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const ids = commentIds(node).filter((id) => view.shown.has(id));
    if (ids.length === 0) return;
    const depth = Math.min(ids.length, 3);
    const active = view.active !== null && ids.includes(view.active) ? ' comment-active' : '';
    decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: `comment-passage depth-${depth}${active}`, 'data-threads': ids.join(' ') }));
  });
  if (view.draft) decorations.push(Decoration.inline(view.draft.from, view.draft.to, { class: 'comment-draft' }));
  return { ...view, decorations: DecorationSet.create(doc, decorations) };
}
