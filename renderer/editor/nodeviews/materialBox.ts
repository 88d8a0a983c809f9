/**
 * The kader in the text: an atom that shows the referenced items as they are
 * now in the library. The text holds only their ids (DESIGN: referenced,
 * never copied), so the view redraws whenever References hears of a change.
 */
import type { Node } from 'prosemirror-model';
import type { Decoration, NodeView } from 'prosemirror-view';
import type { References } from '../references.js';
import { isNear } from '../window/blockViews.js';
import { h } from './dom.js';
import { renderItem } from './itemParts.js';

export class MaterialBoxView implements NodeView {
  readonly dom: HTMLElement;
  private readonly stop: () => void;

  constructor(
    private node: Node,
    private readonly refs: References,
    private readonly getPos: () => number | undefined,
  ) {
    this.dom = h('aside', { class: 'kader', attrs: { 'data-material-box': '' } });
    this.stop = refs.subscribe((all) => {
      if (all || this.changed()) this.render();
    });
    this.render();
  }

  /** The entries drawn last: a notice from References redraws only if one of them is new. */
  private shown: unknown[] = [];

  private changed(): boolean {
    const ids = this.node.attrs.itemIds as string[];
    return ids.length !== this.shown.length || ids.some((id, i) => this.refs.item(id) !== this.shown[i]);
  }

  private render(): void {
    const { env } = this.refs;
    const ids = this.node.attrs.itemIds as string[];
    this.shown = ids.map((id) => this.refs.item(id));
    const edit = h('button', { class: 'kader-edit quiet', attrs: { type: 'button' }, text: env.t('ui.box.edit') });
    edit.addEventListener('click', () => {
      const pos = this.getPos();
      if (pos !== undefined) env.editBox(pos, ids);
    });
    const title = (this.node.attrs.title as string | null) ?? env.t('ui.box.label');
    const items = ids.map((id) => {
      const entry = this.refs.item(id);
      if (entry.state === 'found') return renderItem(entry.value, env);
      const text = entry.state === 'loading' ? env.t('ui.loading') : env.t('ui.box.missing');
      return h('article', { class: 'kader-item missing' }, [h('p', { class: 'muted', text })]);
    });
    this.dom.replaceChildren(h('div', { class: 'kader-head' }, [h('span', { class: 'kader-label', text: title }), edit]), ...items);
  }

  /** Refused for a block that goes out of the drawn window: a placeholder takes its place (window/blockViews.ts). */
  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type || !isNear(decorations)) return false;
    const changed = !node.sameMarkup(this.node);
    this.node = node;
    if (changed) this.render();
    return true;
  }

  /** Clicks on the kader's own buttons are ours, not the editor's. */
  stopEvent(event: Event): boolean {
    return event.target instanceof HTMLElement && event.target.closest('button') !== null;
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.stop();
  }
}
