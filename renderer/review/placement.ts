/**
 * Where the thread cards go: each at the height of its passage (the draft at
 * its selection), never over the card above. Measuring a passage asks the
 * browser for its text boxes; in a long chapter with a hundred threads that
 * was a good part of every keystroke. So the heights are remembered, and after
 * a text edit only the passages in the edited blocks are measured again, plus
 * the first one after them: everything below an edit moves by the same amount.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { windowMoved } from '../editor/window/windowPlugin.js';
import { commentKey, commentPassages, commentView } from './commentPlugin.js';

const gap = 8;

/** The part of the document a text edit touched, in the new document. */
interface Edited {
  readonly from: number;
  readonly to: number;
}

export class CardPlacement {
  /** The last measured top of each card's passage, relative to the column. */
  private readonly tops = new WeakMap<HTMLElement, { readonly top: number | null }>();
  /** The top each card was last given. */
  private readonly written = new WeakMap<HTMLElement, number>();
  /** Edits since the cards were last placed; null when everything must be measured. */
  private edited: Edited | null = null;
  private whole = true;

  /** A transaction that changed the text or what is drawn; the next `place` measures what it may have moved. */
  noteChange(tr: Transaction): void {
    if (this.whole) return;
    // New decorations, or blocks drawn in place of their placeholders (whose passages were measured at the placeholder's top).
    if (tr.getMeta(commentKey) !== undefined || windowMoved(tr)) {
      this.whole = true;
      return;
    }
    const range = tr.docChanged ? editedRange(tr.before, tr.doc) : null;
    if (range === null) return;
    // Earlier edits since the last placing are carried into this document.
    const earlier = this.edited;
    this.edited = earlier === null ? range : { from: Math.min(tr.mapping.map(earlier.from, -1), range.from), to: Math.max(tr.mapping.map(earlier.to, 1), range.to) };
  }

  /** Everything moved (a resize, a new set of cards): measure all passages. */
  measureAll(): void {
    this.whole = true;
  }

  place(view: EditorView, container: HTMLElement): void {
    const origin = container.getBoundingClientRect().top;
    const ranges = commentPassages(view.state);
    const draft = commentView(view.state).draft;
    const size = view.state.doc.content.size;
    const blocks = this.whole || this.edited === null ? null : blockSpan(view.state.doc, this.edited);
    const measure = (from: number) => view.coordsAtPos(from).top - origin;
    const wanted = new Map<HTMLElement, number | null>();
    // The cards after the edit move as one: by how far the first of them moved.
    let shift: number | null = null;
    let moved = this.whole;
    const cards = [...container.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.classList.contains('thread'));
    const starts = cards.map((card) => (card.dataset.draft ? draft?.from : ranges.get(card.dataset.thread ?? '')?.from));
    const order = cards.map((_, i) => i).sort((a, b) => (starts[a] ?? Infinity) - (starts[b] ?? Infinity));
    for (const i of order) {
      const card = cards[i]!;
      const from = starts[i];
      const known = this.tops.get(card);
      let top: number | null;
      if (from === undefined || from > size) top = null;
      else if (blocks === null || known === undefined || known.top === null) top = measure(from);
      else if (from < blocks.from) top = known.top;
      else if (from <= blocks.to) top = measure(from);
      else {
        shift ??= measure(from) - known.top;
        top = known.top + shift;
      }
      moved ||= known?.top !== top;
      this.tops.set(card, { top });
      wanted.set(card, top);
    }
    this.whole = false;
    this.edited = null;
    // Most keystrokes move no passage: the cards stand where they are, and reading their heights would be all this costs.
    if (!moved) return;

    const placed = [...wanted.keys()].sort((a, b) => (wanted.get(a) ?? Infinity) - (wanted.get(b) ?? Infinity));
    // All reads before the first write, so the browser lays the page out once, not once per card.
    const heights = placed.map((card) => card.offsetHeight);
    let floor = 0;
    placed.forEach((card, i) => {
      const top = Math.max(wanted.get(card) ?? floor, floor);
      const was = this.written.get(card);
      if (was !== top) {
        // A card off screen before and after moves at once: easing it would style and lay it out in every
        // frame for nothing, and a line wrapping as one types moves every card below it.
        card.classList.toggle('moves-unseen', !onScreen(origin + top) && (was === undefined || !onScreen(origin + was)));
        card.style.top = `${top}px`;
        this.written.set(card, top);
      }
      floor = top + heights[i]! + gap;
    });
    container.style.minHeight = `${floor}px`;
  }
}

/** Whether a card whose top is at `top` (in the window's coordinates) is within a screen of the window. */
function onScreen(top: number): boolean {
  return top > -window.innerHeight && top < 2 * window.innerHeight;
}

/** Where two documents differ, in the newer one; null when they are the same. */
function editedRange(before: Node, after: Node): Edited | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content);
  return { from: start, to: Math.max(start, end?.b ?? after.content.size) };
}

/** The top-level blocks that hold the edited range: passages inside them may move on their lines. */
function blockSpan(doc: Node, edited: Edited): Edited {
  const size = doc.content.size;
  const $from = doc.resolve(Math.min(edited.from, size));
  const $to = doc.resolve(Math.min(edited.to, size));
  return { from: $from.depth > 0 ? $from.before(1) : 0, to: $to.depth > 0 ? $to.after(1) : size };
}
