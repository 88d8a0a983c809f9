/**
 * Inline content as Typst markup: each run a string expression (`#"…"`,
 * `#emph("…")`, `#link(…, "…")`), footnotes as real Typst footnotes, line
 * breaks. Every inline starts with `#`, so one expression never runs into the
 * next (`#"a".b` or `#emph("a")[b]` would be read as a field or an argument).
 */
import type { DocumentTree, Inline, Text } from '../../../main/export/tree/types.js';
import { eachBlock } from '../../../main/export/tree/walk.js';
import { str } from './literal.js';

/** Typst labels for the tree's anchors: chapters, headings and figures (as the DOCX writer's bookmarks). */
export class Anchors {
  private readonly labels = new Map<string, string>();
  private readonly placed = new Set<string>();

  static of(tree: DocumentTree): Anchors {
    const anchors = new Anchors();
    for (const chapter of tree.chapters) {
      anchors.add(chapter.anchor);
      eachBlock(chapter.blocks, (block) => {
        if (block.type === 'heading' || block.type === 'figure') anchors.add(block.anchor);
      });
    }
    return anchors;
  }

  /** The label to link to (`<bundel-3>`), or null for an anchor nothing carries. */
  target(anchor: string): string | null {
    const name = this.labels.get(anchor.replace(/^#/, ''));
    return name === undefined ? null : `<${name}>`;
  }

  /** The label to put after the element carrying `anchor`: only once, as Typst refuses to link to a label used twice. */
  place(anchor: string): string {
    const label = this.target(anchor);
    if (label === null || this.placed.has(anchor)) return '';
    this.placed.add(anchor);
    return label;
  }

  private add(anchor: string): void {
    if (anchor !== '' && !this.labels.has(anchor)) this.labels.set(anchor, `bundel-${this.labels.size + 1}`);
  }
}

export function inlines(content: readonly Inline[], anchors: Anchors): string {
  let out = '';
  for (const inline of content) {
    if (inline.type === 'break') out += '#linebreak()';
    else if (inline.type === 'footnote') out += `#footnote[${inline.content.map((t) => `#${run(t, anchors)}`).join('')}]`;
    else out += `#${run(inline, anchors)}`;
  }
  return out;
}

/** One run as a code expression (without its `#`). */
function run(t: Text, anchors: Anchors): string {
  let expr = str(t.text);
  if (t.em) expr = `emph(${expr})`;
  if (t.strong) expr = `strong(${expr})`;
  if (t.link === null) return expr;
  if (!t.link.startsWith('#')) return `link(${str(t.link)}, ${expr})`;
  // A link to a place that is not in the publication: the text stays, the link goes (as in both writers).
  const target = anchors.target(t.link);
  return target === null ? expr : `link(${target}, ${expr})`;
}
