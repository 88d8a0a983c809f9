/**
 * Windowed rendering of a long chapter. A 20,000-word chapter in one
 * contenteditable makes every keystroke cost the browser work that grows with
 * the whole text (selection and caret sync, layout, paint, layers). So only
 * the top-level blocks near the viewport are drawn; the others ("far" blocks)
 * carry a node decoration that makes their NodeView a placeholder of the
 * block's height, without content (blockViews.ts). The tracker (tracker.ts)
 * decides from the scroll position which blocks are far.
 *
 * The selection is never in a far block: every transaction that sets a
 * selection or changes the text first draws the blocks around the anchor and
 * the head, in the same update, so keyboard moves, undo, a card's passage or
 * scrolling the selection into view all find their text drawn. Far blocks
 * are a matter of drawing only: the document, and so saving, copying,
 * footnote numbers and comments, are whole.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Selection, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { defaultMetrics, estimateHeight } from './estimate.js';
import { WindowTracker } from './tracker.js';

/** What a far block's decoration says: the height its placeholder stands in at, and whether it was measured or guessed. */
export interface FarSpec {
  readonly far: true;
  readonly height: number;
  readonly measured: boolean;
}

export interface FarBlock {
  /** The block's position in the document the change is made on. */
  readonly from: number;
  readonly height: number;
  readonly measured: boolean;
}

/** A change of window: blocks to stand in for (or to stand in at another height), and blocks to draw. */
export interface WindowChange {
  readonly far: readonly FarBlock[];
  readonly near: readonly number[];
}

export const windowKey = new PluginKey<DecorationSet>('window');

/** Blocks drawn on either side of the selection's ends, so arrow keys always move into drawn text. */
const selectionReach = 2;

/** What is drawn when the chapter opens, at its top, before the tracker has looked at the screen (px). */
const openingSpan = 4000;

export function windowPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: windowKey,
    state: {
      init: (_, state) => keepSelectionNear(openingWindow(state.doc), state.doc, state.selection),
      apply(tr, set) {
        const change = tr.getMeta(windowKey) as WindowChange | undefined;
        let next = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        if (change) next = applyChange(next, tr.doc, change);
        return change || tr.docChanged || tr.selectionSet ? keepSelectionNear(next, tr.doc, tr.selection) : next;
      },
    },
    view: (view) => new WindowTracker(view),
    props: { decorations: (state) => windowKey.getState(state) ?? null },
  });
}

/** The window's change as a transaction (not an edit: nothing for undo). */
export function changeWindow(state: EditorState, change: WindowChange): Transaction {
  return state.tr.setMeta(windowKey, change).setMeta('addToHistory', false);
}

/** Whether a transaction drew or hid blocks: what is beside the text (the thread cards) must be placed again. */
export function windowMoved(tr: Transaction): boolean {
  return tr.getMeta(windowKey) !== undefined;
}

/** The far spec among a node's decorations, if the block is far. */
export function farSpec(decorations: readonly Decoration[]): FarSpec | null {
  for (const decoration of decorations) if (isFar(decoration.spec)) return decoration.spec;
  return null;
}

/** The far blocks, by position. */
export function farBlocks(state: EditorState): Map<number, FarSpec> {
  const set = windowKey.getState(state);
  return new Map((set?.find(undefined, undefined, isFar) ?? []).map((d) => [d.from, d.spec as FarSpec]));
}

/** The positions of the top-level blocks around the selection's ends, which are drawn whatever the scroll position. */
export function selectionBlocks(doc: Node, selection: Selection): { from: number; to: number }[] {
  return [blocksAround(doc, selection.anchor), blocksAround(doc, selection.head)];
}

function isFar(spec: unknown): spec is FarSpec {
  return (spec as Partial<FarSpec> | null)?.far === true;
}

/** At opening, the blocks below the first few screens stand in at a guessed height. */
function openingWindow(doc: Node): DecorationSet {
  const far: Decoration[] = [];
  let top = 0;
  doc.forEach((node, offset) => {
    const height = estimateHeight(node, defaultMetrics);
    if (top > openingSpan) far.push(farDecoration(offset, node, { height, measured: false }));
    top += height;
  });
  return DecorationSet.create(doc, far);
}

function farDecoration(from: number, node: Node, size: { height: number; measured: boolean }): Decoration {
  const spec: FarSpec = { far: true, ...size };
  return Decoration.node(from, from + node.nodeSize, {}, spec);
}

function applyChange(set: DecorationSet, doc: Node, change: WindowChange): DecorationSet {
  const touched = new Set([...change.near, ...change.far.map((block) => block.from)]);
  const old = set.find(undefined, undefined, isFar).filter((d) => touched.has(d.from));
  const added: Decoration[] = [];
  for (const block of change.far) {
    const node = doc.nodeAt(block.from);
    if (node && doc.resolve(block.from).depth === 0) added.push(farDecoration(block.from, node, { height: block.height, measured: block.measured }));
  }
  return set.remove(old).add(doc, added);
}

/** Draws the blocks around the selection's ends if any of them is far. */
function keepSelectionNear(set: DecorationSet, doc: Node, selection: Selection): DecorationSet {
  const far = selectionBlocks(doc, selection).flatMap(({ from, to }) => set.find(from, to, isFar).filter((d) => d.from >= from && d.to <= to));
  return far.length > 0 ? set.remove(far) : set;
}

/** From the start of the block `selectionReach` before the one at `pos` to the end of the one as far after it. */
function blocksAround(doc: Node, pos: number): { from: number; to: number } {
  const $pos = doc.resolve(pos);
  const index = $pos.index(0);
  let from = $pos.depth > 0 ? $pos.before(1) : pos;
  let to = from;
  for (let i = index - 1; i >= Math.max(0, index - selectionReach); i--) from -= doc.child(i).nodeSize;
  for (let i = index; i < Math.min(doc.childCount, index + selectionReach + 1); i++) to += doc.child(i).nodeSize;
  return { from, to };
}
