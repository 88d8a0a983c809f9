/**
 * Follows the scroll position and tells the window plugin which top-level
 * blocks are far. Blocks within `drawnScreens` viewport heights above or below
 * the visible part of the scroller are drawn; a drawn block is hidden only
 * once it is more than `keptScreens` away, so scrolling back and forth a
 * little redraws nothing. A block that goes far is measured first and its
 * placeholder keeps that height, so the scrollbar and everything around stay
 * where they were.
 *
 * It runs in the scroll event, which the browser fires once per frame before
 * drawing it: the blocks that come near are drawn in the frame that scrolls to
 * them. The window is generous (about five screens drawn) for more than
 * smooth scrolling: a screen reader's virtual buffer reads what is in the
 * DOM, so the text around what is on screen stays readable.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState, PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { HeightGuess } from './heightGuess.js';
import { takeBrowserSelection } from './pendingSelection.js';
import { changeWindow, farBlocks, selectionBlocks, type FarBlock } from './windowPlugin.js';

const drawnScreens = 2;
const keptScreens = 3;

export class WindowTracker implements PluginView {
  private readonly scroller: HTMLElement | null;
  private readonly resizes: ResizeObserver;
  private frame = 0;
  private width = 0;
  private readonly guess = new HeightGuess();
  /** After the width changed, measured heights are guesses again too. */
  private widthChanged = false;

  constructor(private readonly view: EditorView) {
    this.scroller = scrollParent(view.dom);
    (this.scroller ?? window).addEventListener('scroll', this.refresh, { passive: true });
    this.resizes = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target !== view.dom) continue;
        // Another width wraps every paragraph anew: the heights of the blocks not drawn are guesses again.
        // (The text growing as it is typed changes only its height: nothing to do.)
        const width = view.dom.clientWidth;
        const widened = width !== this.width;
        if (widened && this.width !== 0) {
          this.guess.forget();
          this.widthChanged = true;
        }
        this.width = width;
        if (!widened && entries.length === 1) return;
      }
      this.schedule();
    });
    this.resizes.observe(view.dom);
    if (this.scroller) this.resizes.observe(this.scroller);
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    // Blocks pasted or deleted change what is near; typing in a block does not.
    if (view.state.doc.childCount !== previous.doc.childCount) this.schedule();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    (this.scroller ?? window).removeEventListener('scroll', this.refresh);
    this.resizes.disconnect();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refresh();
    });
  }

  private readonly refresh = (): void => {
    const { view } = this;
    const band = this.visibleBand();
    if (!band) return;
    this.calibrate();
    const far = farBlocks(view.state);
    const kept = selectionBlocks(view.state.doc, view.state.selection);
    const drawn = { top: band.top - drawnScreens * band.height, bottom: band.bottom + drawnScreens * band.height };
    const hidden = { top: band.top - keptScreens * band.height, bottom: band.bottom + keptScreens * band.height };
    const blocks: { node: Node; offset: number; rect: DOMRect }[] = [];
    view.state.doc.forEach((node, offset) => {
      const dom = view.nodeDOM(offset);
      if (dom instanceof HTMLElement) blocks.push({ node, offset, rect: dom.getBoundingClientRect() });
    });
    for (const { node, offset, rect } of blocks) if (!far.has(offset)) this.guess.learn(node, rect.height);
    const reguess = this.widthChanged || this.guess.stale();
    const toFar: FarBlock[] = [];
    const toNear: number[] = [];
    for (const { node, offset, rect } of blocks) {
      const spec = far.get(offset);
      if (rect.bottom > drawn.top && rect.top < drawn.bottom) {
        if (spec) toNear.push(offset);
      } else if (spec) {
        if (reguess && (this.widthChanged || !spec.measured)) toFar.push({ from: offset, height: this.guess.guess(node), measured: false });
      } else if ((rect.bottom < hidden.top || rect.top > hidden.bottom) && !kept.some((k) => offset >= k.from && offset < k.to)) {
        toFar.push({ from: offset, height: rect.height, measured: true });
      }
    }
    if (reguess) this.guess.settle();
    this.widthChanged = false;
    if (toFar.length > 0 || toNear.length > 0) view.dispatch(takeBrowserSelection(view, changeWindow(view.state, { far: toFar, near: toNear })));
  };

  /** Once enough paragraphs are drawn, measures how many characters fill a line. */
  private calibrate(): void {
    if (this.guess.calibrated) return;
    const style = getComputedStyle(this.view.dom);
    const lineHeight = parseFloat(style.lineHeight);
    const fontSize = parseFloat(style.fontSize);
    if (!(lineHeight > 0 && fontSize > 0)) return;
    const samples: { chars: number; height: number }[] = [];
    const far = farBlocks(this.view.state);
    this.view.state.doc.forEach((node, offset) => {
      if (node.type.name !== 'paragraph' || far.has(offset)) return;
      const dom = this.view.nodeDOM(offset);
      if (dom instanceof HTMLElement) samples.push({ chars: node.textContent.length, height: dom.getBoundingClientRect().height });
    });
    // The guesses made with the default measure are made again (guess.stale() sees the new scales).
    this.guess.measure(lineHeight, fontSize, samples);
  }

  /** The part of the window the scroller shows, in client coordinates; null while the text is not shown at all. */
  private visibleBand(): { top: number; bottom: number; height: number } | null {
    // Not laid out yet (a pane still hidden): every block would seem to be at the top, on screen.
    const text = this.view.dom.getBoundingClientRect();
    if (text.width === 0 || text.height === 0) return null;
    const box = this.scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    return bottom > top ? { top, bottom, height: bottom - top } : null;
  }
}

/** The nearest ancestor that scrolls vertically; null when the page itself scrolls. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll|overlay)/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}
