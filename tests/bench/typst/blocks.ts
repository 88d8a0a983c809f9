/**
 * Blocks as Typst markup, one after another with a blank line between them:
 * paragraphs (Typst indents one that follows a paragraph, as the template
 * asks, and not one after a heading or a box), headings (real Typst headings
 * in a chapter, so `#outline()` and the bookmarks find them), quotes, lists,
 * kaders and figures. Kaders follow main/export/pdf/flow/box.ts: a filled,
 * framed block that may break across pages, holding the box's title, each
 * item's kind label and title, its parts under their labels, its attribution
 * and source, with a thin rule between items.
 */
import type { Template } from '../../../main/export/template/index.js';
import type { Block, Box, BoxItem, Heading, List } from '../../../main/export/tree/types.js';
import type { FigureWriter } from './figures.js';
import { inlines, type Anchors } from './inlines.js';
import { pt, rgb, text } from './literal.js';

/** Where blocks stand: a chapter's text, a kader, or the colophon page; and whether a figure may float there. */
export interface Flow {
  readonly kind: 'chapter' | 'box' | 'colophon';
  readonly topLevel: boolean;
  readonly listDepth: number;
}

export class BlockWriter {
  constructor(
    private readonly template: Template,
    private readonly anchors: Anchors,
    private readonly figures: FigureWriter,
  ) {}

  blocks(nodes: readonly Block[], flow: Flow): string {
    const out: string[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph': {
          const markup = inlines(node.content, this.anchors);
          if (markup !== '') out.push(markup);
          break;
        }
        case 'heading':
          out.push(this.heading(node, flow));
          break;
        case 'quote':
          out.push(this.quote(node.blocks, flow));
          break;
        case 'list':
          out.push(this.list(node, flow));
          break;
        case 'box':
          out.push(this.box(node));
          break;
        case 'figure':
          out.push(this.figures.figure(node, flow.topLevel, this.anchors));
          break;
      }
    }
    return out.join('\n\n');
  }

  private heading(node: Heading, flow: Flow): string {
    const label = this.anchors.place(node.anchor);
    const content = inlines(node.content, this.anchors);
    if (flow.kind === 'box') return `#p-boxTitle[${content}]${label}`;
    if (flow.kind === 'colophon') return `#p-colophonLabel[${content}]${label}`;
    // Chapter titles are level 1 (markup.ts); sections 2, subsections 3. Sections go into the contents at depth 2.
    const level = node.level + 1;
    const outlined = node.level === 1 && this.template.toc.depth === 2;
    return `#heading(level: ${level}, outlined: ${outlined}, bookmarked: ${node.level === 1})[${content}]${label}`;
  }

  /** In the text a quote is indented on both sides in the quote style; in a kader it keeps the kader's style. */
  private quote(blocks: readonly Block[], flow: Flow): string {
    const inner = this.blocks(blocks, { ...flow, topLevel: false });
    if (flow.kind !== 'chapter') return inner;
    const { text: style, indent } = this.template.quote;
    const gap = Math.max(0, style.leading - style.size);
    return `#block(inset: (x: ${pt(indent)}), above: ${pt(gap + style.spaceBefore)}, below: ${pt(gap + style.spaceAfter)}, s-quote[\n${inner}\n])`;
  }

  private list(node: List, flow: Flow): string {
    const inner: Flow = { ...flow, topLevel: false, listDepth: flow.listDepth + 1 };
    const items = node.items.map((item) => `[${this.blocks(item, inner)}]`).join(',\n');
    if (!node.ordered) return `#list(marker: bundel-marker(${flow.listDepth}),\n${items})`;
    return `#enum(start: ${node.start}, numbering: bundel-number(${flow.listDepth}),\n${items})`;
  }

  private box(node: Box): string {
    const { boxes } = this.template;
    const colors = boxes.kinds[node.kind];
    const line = `${pt(boxes.borderWidth)} + ${rgb(colors.border)}`;
    const stroke = boxes.borderWidth <= 0 ? 'none' : colors.borderSides === 'all' ? line : colors.borderSides === 'left' ? `(left: ${line})` : `(top: ${line}, bottom: ${line})`;
    const accent = rgb(colors.accent);
    const parts: string[] = [];
    if (node.title !== null && node.title.trim() !== '') parts.push(`#p-boxLabel(fill: ${accent})[${text(node.title)}]`);
    node.items.forEach((item, i) => {
      // A thin rule in the frame's colour between two items, as our flow draws it.
      if (i > 0) parts.push(`#block(above: ${pt(boxes.padding * 0.75)}, below: ${pt(boxes.padding * 0.75)}, line(length: 100%, stroke: 0.5pt + ${rgb(colors.border)}))`);
      parts.push(this.boxItem(item, node.title === null || node.kind === 'mixed', accent));
    });
    return `#block(width: 100%, breakable: true, fill: ${rgb(colors.background)}, stroke: ${stroke}, inset: ${pt(boxes.padding)}, above: ${pt(boxes.spacing)}, below: ${pt(boxes.spacing)}, s-boxText[\n${parts.join('\n\n')}\n])`;
  }

  private boxItem(item: BoxItem, showKind: boolean, accent: string): string {
    const flow: Flow = { kind: 'box', topLevel: false, listDepth: 0 };
    const out: string[] = [];
    if (showKind) out.push(`#p-boxLabel(fill: ${accent})[${text(item.kindLabel)}]`);
    if (item.title.trim() !== '') out.push(`#p-boxTitle[${text(item.title)}]`);
    for (const part of item.parts) {
      if (part.label !== null && part.label.trim() !== '') out.push(`#p-boxLabel(fill: ${accent})[${text(part.label)}]`);
      const blocks = this.blocks(part.blocks, flow);
      // A quotation's words are set in italic, as spoken words (main/export/pdf/flow/box.ts).
      out.push(item.kind === 'quote' && part.role === 'body' ? `#[#set text(style: "italic")\n${blocks}\n]` : blocks);
    }
    if (item.attribution.trim() !== '') out.push(`#p-boxText[${text(item.attribution)}]`);
    if (item.source.trim() !== '') out.push(`#p-boxSource[${text(item.source)}]`);
    return out.join('\n\n');
  }
}
