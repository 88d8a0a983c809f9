/**
 * A figure in the text: the visual's image with its caption and credit, which
 * live on the visual (edit them once under Visuals, every chapter follows).
 * Charts are drawn from the project's data at export; here a placeholder says so.
 */
import type { Node } from 'prosemirror-model';
import type { Decoration, NodeView } from 'prosemirror-view';
import type { References } from '../references.js';
import { isNear } from '../window/blockViews.js';
import { h } from './dom.js';

export class FigureView implements NodeView {
  readonly dom: HTMLElement;
  private readonly stop: () => void;

  constructor(
    private node: Node,
    private readonly refs: References,
  ) {
    this.dom = h('figure', { class: 'figuur', attrs: { 'data-visual': node.attrs.visualId as string } });
    this.stop = refs.subscribe((all) => {
      // Redraw only for a new entry (References keeps an unchanged one), or for everything (language).
      if (all || this.refs.visual(this.node.attrs.visualId as string) !== this.shown) this.render();
    });
    this.render();
  }

  private shown: unknown = null;

  private render(): void {
    const { env } = this.refs;
    const entry = this.refs.visual(this.node.attrs.visualId as string);
    this.shown = entry;
    if (entry.state !== 'found') {
      const text = entry.state === 'loading' ? env.t('ui.loading') : env.t('ui.figure.missing');
      this.dom.replaceChildren(h('div', { class: 'figuur-placeholder muted', text }));
      return;
    }
    const visual = entry.value;
    const picture =
      visual.source.type === 'image'
        ? h('img', { attrs: { src: this.refs.imageUrl(visual.source.hash), alt: visual.altText, draggable: 'false' } })
        : h('div', { class: 'figuur-placeholder', text: env.t('ui.figure.chart', { chart: visual.title }) });
    const caption = h('figcaption', {}, [
      h('span', { text: visual.caption || visual.title }),
      visual.credit ? h('span', { class: 'figuur-credit', text: visual.credit }) : null,
    ]);
    this.dom.replaceChildren(picture, caption);
  }

  /** Refused for a block that goes out of the drawn window: a placeholder takes its place (window/blockViews.ts). */
  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type || !isNear(decorations)) return false;
    const changed = node.attrs.visualId !== this.node.attrs.visualId;
    this.node = node;
    if (changed) this.render();
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.stop();
  }
}
