/**
 * A footnote: an inline atom whose text is edited in a small editor of its own
 * that opens when the footnote is selected (ProseMirror's footnote pattern).
 * The inner editor's steps are mapped into the outer document, so undo, the
 * autosave and collaboration all see one document.
 */
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { StepMap } from 'prosemirror-transform';
import { EditorView, type NodeView } from 'prosemirror-view';
import { toggleEm, toggleStrong } from '../commands.js';
import { h } from './dom.js';

export class FootnoteView implements NodeView {
  readonly dom: HTMLElement;
  private inner: EditorView | null = null;

  constructor(
    private node: Node,
    private readonly outer: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly label: () => string,
  ) {
    this.dom = h('span', { class: 'footnote', attrs: { 'data-footnote': '' } });
    this.describe();
  }

  /** The reader of the text sees the note's words on hover and hears them from a screen reader. */
  private describe(): void {
    const text = this.node.textContent;
    this.dom.title = text || this.label();
    this.dom.setAttribute('aria-label', `${this.label()}: ${text}`);
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
    if (!this.inner) this.open();
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
    if (this.inner) this.close();
  }

  private open(): void {
    const tooltip = this.dom.appendChild(h('span', { class: 'footnote-editor', attrs: { 'aria-label': this.label() } }));
    const outerUndo = () => undo(this.outer.state, this.outer.dispatch);
    const outerRedo = () => redo(this.outer.state, this.outer.dispatch);
    const leave = () => {
      // Escape or Enter goes back to the text just after the note.
      const pos = this.getPos();
      if (pos === undefined) return false;
      const tr = this.outer.state.tr.setSelection(TextSelection.create(this.outer.state.doc, pos + this.node.nodeSize));
      this.outer.dispatch(tr);
      this.outer.focus();
      return true;
    };
    this.inner = new EditorView(tooltip, {
      state: EditorState.create({
        doc: this.node,
        selection: TextSelection.atEnd(this.node),
        plugins: [
          keymap({
            'Mod-z': outerUndo,
            'Mod-y': outerRedo,
            'Shift-Mod-z': outerRedo,
            'Mod-b': toggleStrong,
            'Mod-i': toggleEm,
            Escape: leave,
            Enter: leave,
          }),
        ],
      }),
      dispatchTransaction: (tr) => this.dispatchInner(tr),
      handleDOMEvents: {
        mousedown: () => {
          // Clicking in the note's editor while the text has focus must not deselect the note.
          if (this.outer.hasFocus()) this.inner?.focus();
          return false;
        },
      },
    });
    if (this.node.content.size === 0) window.setTimeout(() => this.inner?.focus(), 0);
  }

  private close(): void {
    this.inner?.destroy();
    this.inner = null;
    this.dom.querySelector('.footnote-editor')?.remove();
  }

  private dispatchInner(tr: Transaction): void {
    if (!this.inner) return;
    const { state, transactions } = this.inner.state.applyTransaction(tr);
    this.inner.updateState(state);
    if (tr.getMeta('fromOutside')) return;
    const pos = this.getPos();
    if (pos === undefined) return;
    const outerTr = this.outer.state.tr;
    const offset = StepMap.offset(pos + 1);
    for (const t of transactions) for (const step of t.steps) outerTr.step(step.map(offset)!);
    if (outerTr.docChanged) this.outer.dispatch(outerTr);
  }

  update(node: Node): boolean {
    if (!node.sameMarkup(this.node)) return false;
    this.node = node;
    this.describe();
    if (this.inner) {
      const state = this.inner.state;
      const start = node.content.findDiffStart(state.doc.content);
      if (start !== null) {
        const ends = node.content.findDiffEnd(state.doc.content);
        if (ends) {
          let { a: endA, b: endB } = ends;
          const overlap = start - Math.min(endA, endB);
          if (overlap > 0) {
            endA += overlap;
            endB += overlap;
          }
          this.inner.dispatch(state.tr.replace(start, endB, node.slice(start, endA)).setMeta('fromOutside', true));
        }
      }
    }
    return true;
  }

  destroy(): void {
    if (this.inner) this.close();
  }

  stopEvent(event: Event): boolean {
    return Boolean(this.inner && event.target instanceof globalThis.Node && this.inner.dom.contains(event.target));
  }

  ignoreMutation(): boolean {
    return true;
  }
}
