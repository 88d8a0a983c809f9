/**
 * Reading rich text without a view: its plain text (for search and previews)
 * and what it references (for "where used" and export).
 */
import type { NodeJSON } from './doc.js';

const blockTypes = new Set(['paragraph', 'heading', 'list_item', 'blockquote']);

/** The text of a document, blocks separated by newlines, footnotes in brackets after their anchor. */
export function plainText(doc: NodeJSON): string {
  const out: string[] = [];
  const walk = (node: NodeJSON): void => {
    if (node.type === 'text') out.push(node.text ?? '');
    else if (node.type === 'hard_break') out.push('\n');
    else if (node.type === 'footnote') {
      out.push(' [');
      node.content?.forEach(walk);
      out.push(']');
    } else {
      node.content?.forEach(walk);
      if (blockTypes.has(node.type)) out.push('\n');
    }
  };
  walk(doc);
  return out.join('').replace(/\n{2,}/g, '\n').trim();
}

export function wordCount(doc: NodeJSON): number {
  return plainText(doc).split(/\s+/).filter(Boolean).length;
}

/** Ids of the material items that the document's boxes show, in order, without repeats. */
export function referencedItemIds(doc: NodeJSON): string[] {
  const ids = new Set<string>();
  visit(doc, (node) => {
    if (node.type === 'material_box') for (const id of (node.attrs?.itemIds as string[] | undefined) ?? []) ids.add(id);
  });
  return [...ids];
}

/** Ids of the visuals the document's figures show, in order, without repeats. */
export function referencedVisualIds(doc: NodeJSON): string[] {
  const ids = new Set<string>();
  visit(doc, (node) => {
    if (node.type === 'figure') ids.add(node.attrs?.visualId as string);
  });
  return [...ids];
}

/** Ids of the comment threads anchored in the document. */
export function referencedThreadIds(doc: NodeJSON): string[] {
  const ids = new Set<string>();
  visit(doc, (node) => {
    for (const mark of node.marks ?? []) if (mark.type === 'comment') ids.add(mark.attrs?.threadId as string);
  });
  return [...ids];
}

function visit(node: NodeJSON, fn: (node: NodeJSON) => void): void {
  fn(node);
  node.content?.forEach((child) => visit(child, fn));
}
