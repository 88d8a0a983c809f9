/**
 * The NodeViews of a windowed chapter's blocks. A far block (windowPlugin.ts)
 * is a placeholder: the block's own outer element (so it has the same margins
 * as the drawn block), empty, at the block's height, with no contentDOM, so
 * ProseMirror draws none of its content. A near block is drawn as ever: by its
 * own NodeView (kader, figure) or from the schema's toDOM. Either kind answers
 * `update` with false once its block changes sides, so ProseMirror makes the
 * other kind in its place.
 */
import { DOMSerializer, type Node } from 'prosemirror-model';
import type { Decoration, NodeView, NodeViewConstructor } from 'prosemirror-view';
import { schema } from '../../../main/model/index.js';
import { farSpec } from './windowPlugin.js';

/** The NodeViews that draw a block near the viewport; their `update` must refuse a far block (see `isNear`). */
export type NearViews = Partial<Record<string, NodeViewConstructor>>;

/** The classes the drawn NodeViews give their outer element, which the stylesheet sizes by (editor.css). */
const drawnClass: Readonly<Record<string, string>> = { material_box: 'kader', figure: 'figuur' };

/** Whether a block's decorations still let its drawn view stand (for the `update` of NodeViews in `near`). */
export function isNear(decorations: readonly Decoration[]): boolean {
  return farSpec(decorations) === null;
}

/** A NodeView for every type of top-level block: a placeholder when far, else the view in `near` or the plain drawing. */
export function windowedViews(near: NearViews): Record<string, NodeViewConstructor> {
  const views: Record<string, NodeViewConstructor> = {};
  for (const type of Object.values(schema.nodes)) {
    if (!type.isInGroup('block')) continue;
    const drawn = near[type.name];
    views[type.name] = (node, view, getPos, decorations, inner) => {
      const far = farSpec(decorations);
      if (far) return new Placeholder(node, far.height);
      return drawn ? drawn(node, view, getPos, decorations, inner) : new PlainBlockView(node);
    };
  }
  return views;
}

function outerElement(node: Node): HTMLElement {
  const { dom } = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node));
  const element = dom as HTMLElement;
  const drawn = drawnClass[node.type.name];
  if (drawn) element.classList.add(drawn);
  return element;
}

class Placeholder implements NodeView {
  readonly dom: HTMLElement;

  constructor(
    private node: Node,
    height: number,
  ) {
    this.dom = outerElement(node);
    this.dom.classList.add('block-placeholder');
    // Nothing to read in it; the text around the screen is drawn (tracker.ts).
    this.dom.setAttribute('aria-hidden', 'true');
    this.setHeight(height);
  }

  private setHeight(height: number): void {
    this.dom.style.height = `${height}px`;
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    const far = farSpec(decorations);
    if (!far || !node.sameMarkup(this.node)) return false;
    this.node = node;
    this.setHeight(far.height);
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }
}

/** A block drawn as the schema's toDOM draws it, as ProseMirror would without a NodeView. */
class PlainBlockView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement | null;

  constructor(private node: Node) {
    const { dom, contentDOM } = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node));
    this.dom = dom as HTMLElement;
    this.contentDOM = (contentDOM as HTMLElement | undefined) ?? null;
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (!isNear(decorations) || !node.sameMarkup(this.node)) return false;
    this.node = node;
    return true;
  }
}
