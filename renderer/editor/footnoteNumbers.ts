/**
 * Footnotes number themselves in reading order, as the export will: a node
 * decoration gives each footnote its number (data-number, which the stylesheet
 * shows). A CSS counter cannot do it in a chapter: only the blocks near the
 * screen are drawn (window/), so it would count only the notes drawn. Typing
 * outside footnotes only moves the numbers along, so they are counted again
 * only when a change adds, removes or moves a footnote.
 */
import type { Fragment, Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { schema } from '../../main/model/index.js';

const footnote = schema.nodes.footnote!;
const key = new PluginKey<DecorationSet>('footnoteNumbers');

export function footnoteNumbers(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => numbers(state.doc),
      apply: (tr, set) => (!tr.docChanged ? set : touchesFootnotes(tr) ? numbers(tr.doc) : set.map(tr.mapping, tr.doc)),
    },
    props: { decorations: (state) => key.getState(state) ?? null },
  });
}

function numbers(doc: Node): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type !== footnote) return true;
    const number = decorations.length + 1;
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': String(number) }, { number }));
    // A note's own text holds no footnotes.
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether a change inserts, deletes or moves a footnote (mark changes never do). */
function touchesFootnotes(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
    return holdsFootnote(step.slice.content) || rangeHoldsFootnote(tr.docs[i]!, step.from, step.to);
  });
}

function holdsFootnote(content: Fragment): boolean {
  let found = false;
  content.descendants((node) => {
    found ||= node.type === footnote;
    return !found;
  });
  return found;
}

function rangeHoldsFootnote(doc: Node, from: number, to: number): boolean {
  let found = false;
  if (from < to)
    doc.nodesBetween(from, to, (node) => {
      found ||= node.type === footnote;
      return !found;
    });
  return found;
}
