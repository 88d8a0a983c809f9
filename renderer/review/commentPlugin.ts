/**
 * How comments show in the text. The comment mark only carries a thread id;
 * this plugin draws the passages of the threads the sidebar shows, darker
 * where they overlap, the active thread stronger, and the passage a new
 * comment is being written on. The draft's range follows the edits; a
 * cursor moved into a passage makes its thread the active one.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Fragment, Node } from 'prosemirror-model';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';
import { schema } from '../../main/model/index.js';
import { commentIds, threadAt, type Range } from './ranges.js';

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
      init: (_, state) => {
        const view: CommentView = { shown: new Set(), active: null, draft: null };
        return { ...view, decorations: draw(state.doc, view) };
      },
      apply(tr, value) {
        const change = tr.getMeta(commentKey) as Partial<CommentView> | undefined;
        if (!change && !tr.docChanged && !tr.selectionSet) return value;
        let draft = change?.draft !== undefined ? change.draft : value.draft;
        if (draft && tr.docChanged) {
          draft = { from: tr.mapping.map(draft.from, 1), to: tr.mapping.map(draft.to, -1) };
          if (draft.from >= draft.to) draft = null;
        }
        const next = { ...value, ...change, draft };
        // Typing outside any passage only moves the passages: map them rather than walk a long chapter per keystroke.
        const moved = change || (tr.docChanged && touchesComments(tr)) ? null : value.decorations.map(tr.mapping, tr.doc);
        let decorations = moved ?? draw(tr.doc, next);
        const drawnActive = next.active;
        if (tr.selectionSet && change?.active === undefined) next.active = threadAt(passages(decorations), tr.selection.from, next.shown);
        if (next.active !== drawnActive || (moved && next.draft !== value.draft)) decorations = draw(tr.doc, next);
        return { ...next, decorations };
      },
    },
    props: {
      decorations: (state) => commentKey.getState(state)?.decorations ?? null,
    },
  });
}

/** Where the shown threads' passages are now, read from what is drawn (so without walking the document). */
export function commentPassages(state: EditorState): ReadonlyMap<string, Range> {
  const decorations = commentKey.getState(state)?.decorations;
  return decorations ? passages(decorations) : new Map();
}

const passagesOf = new WeakMap<DecorationSet, Map<string, Range>>();

function passages(decorations: DecorationSet): Map<string, Range> {
  let ranges = passagesOf.get(decorations);
  if (ranges) return ranges;
  ranges = new Map();
  for (const decoration of decorations.find()) {
    for (const id of (decoration.spec as { threads?: string[] }).threads ?? []) {
      const seen = ranges.get(id);
      ranges.set(id, seen ? { from: Math.min(seen.from, decoration.from), to: Math.max(seen.to, decoration.to) } : { from: decoration.from, to: decoration.to });
    }
  }
  passagesOf.set(decorations, ranges);
  return ranges;
}

/** Whether a change adds, removes or inserts comment marks (anything else only moves the passages). */
function touchesComments(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return step.mark.type === schema.marks.comment;
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) return hasComment(step.slice.content);
    return true;
  });
}

function hasComment(content: Fragment): boolean {
  let found = false;
  content.descendants((node) => {
    if (found) return false;
    if (node.isText && commentIds(node).length > 0) found = true;
    return !found;
  });
  return found;
}

function draw(doc: Node, view: CommentView): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const ids = commentIds(node).filter((id) => view.shown.has(id));
    if (ids.length === 0) return;
    const depth = Math.min(ids.length, 3);
    const active = view.active !== null && ids.includes(view.active) ? ' comment-active' : '';
    decorations.push(
      Decoration.inline(pos, pos + node.nodeSize, { class: `comment-passage depth-${depth}${active}`, 'data-threads': ids.join(' ') }, { threads: ids }),
    );
  });
  if (view.draft) decorations.push(Decoration.inline(view.draft.from, view.draft.to, { class: 'comment-draft' }));
  return DecorationSet.create(doc, decorations);
}
