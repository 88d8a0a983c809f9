/**
 * Mammoth's HTML → blocks of our ProseMirror schema. Kept: paragraphs,
 * headings, lists, emphasis, links (web and mail only) and footnotes and
 * endnotes (as inline `footnote` nodes at their reference). Images become
 * figures after the block they stood in, since a figure is a block of its own.
 * Tables become one paragraph per row. Everything else keeps its text.
 */
import { isWebLink, type MarkJSON, type NodeJSON } from '../../model/index.js';
import type { HtmlElement, HtmlNode } from './html-tree.js';

export interface Block {
  node: NodeJSON;
  /** For a heading, its level in the document (1–6), before our schema's two. */
  headingLevel?: number;
}

export interface ConvertOptions {
  /** The visual id for the image mammoth was given as `src`, or null when the image was refused. */
  figureFor(src: string): string | null;
}

export interface Converted {
  blocks: Block[];
  flattenedTable: boolean;
}

const markRank: Record<string, number> = { em: 0, strong: 1, link: 2 };
const noteId = /^#?((?:foot|end)note-\d+)$/;
/** The link from a note back to its reference, which mammoth adds at the note's end. */
const backLink = /^#(?:foot|end)note-ref-\d+$/;
/** Inline elements found outside any paragraph get one of their own. */
const inlineElements = new Set(['img', 'br', 'a', 'strong', 'b', 'em', 'i', 'sup', 'sub', 's', 'u', 'span']);

export function htmlToBlocks(nodes: HtmlNode[], options: ConvertOptions): Converted {
  const notes = collectNotes(nodes);
  const state = { flattenedTable: false };
  const blocks: Block[] = [];
  const pending: NodeJSON[] = [];

  const inline = (children: HtmlNode[], marks: MarkJSON[], inNote: boolean): NodeJSON[] => {
    const out: NodeJSON[] = [];
    for (const child of children) {
      if (child.type === 'text') {
        const text = child.text.replace(/[\r\n\t]+/g, ' ');
        if (text) out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
        continue;
      }
      const { name, attrs } = child;
      if (name === 'br') out.push(inNote ? { type: 'text', text: ' ' } : { type: 'hard_break' });
      else if (name === 'img') {
        const visualId = inNote ? null : options.figureFor(attrs.src ?? '');
        if (visualId) pending.push({ type: 'figure', attrs: { visualId } });
      } else if (name === 'strong' || name === 'b') out.push(...inline(child.children, withMark(marks, { type: 'strong' }), inNote));
      else if (name === 'em' || name === 'i') out.push(...inline(child.children, withMark(marks, { type: 'em' }), inNote));
      else if (name === 'a') {
        const note = noteId.exec(attrs.href ?? '');
        if (note && !inNote) {
          const body = notes.get(note[1]!);
          if (body) out.push(footnote(inline(body, [], true)));
        } else if (backLink.test(attrs.href ?? '')) continue;
        else if (isWebLink(attrs.href ?? '')) {
          out.push(...inline(child.children, withMark(marks, { type: 'link', attrs: { href: attrs.href, title: null } }), inNote));
        } else out.push(...inline(child.children, marks, inNote));
      } else if (name === 'p' && inNote) out.push({ type: 'text', text: ' ' }, ...inline(child.children, marks, inNote));
      else out.push(...inline(child.children, marks, inNote));
    }
    return out;
  };

  const textblock = (type: string, children: HtmlNode[], attrs?: Record<string, unknown>): NodeJSON => {
    const content = tidy(inline(children, [], false));
    return { type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) };
  };

  const listItem = (li: HtmlElement): NodeJSON => {
    const content: NodeJSON[] = [];
    let run: HtmlNode[] = [];
    const flush = () => {
      if (run.length) content.push(textblock('paragraph', run));
      run = [];
    };
    for (const child of li.children) {
      if (child.type === 'element' && (child.name === 'ul' || child.name === 'ol')) {
        flush();
        if (content.length === 0) content.push({ type: 'paragraph' });
        content.push(list(child));
      } else if (child.type === 'element' && child.name === 'p') {
        flush();
        run = child.children;
        flush();
      } else run.push(child);
    }
    flush();
    if (content.length === 0) content.push({ type: 'paragraph' });
    return { type: 'list_item', content };
  };

  const list = (el: HtmlElement): NodeJSON => {
    const items = el.children.filter((c): c is HtmlElement => c.type === 'element' && c.name === 'li').map(listItem);
    return el.name === 'ol'
      ? { type: 'ordered_list', attrs: { order: Number(el.attrs.start) || 1 }, content: items }
      : { type: 'bullet_list', content: items };
  };

  const emit = (block: Block): void => {
    const empty = block.node.type === 'paragraph' && !block.node.content;
    if (!empty) blocks.push(block);
    for (const figure of pending.splice(0)) blocks.push({ node: figure });
  };

  const block = (node: HtmlNode): void => {
    if (node.type === 'text') {
      if (node.text.trim()) emit({ node: textblock('paragraph', [node]) });
      return;
    }
    const heading = /^h([1-6])$/.exec(node.name);
    if (heading) {
      const level = Number(heading[1]);
      emit({ node: textblock('heading', node.children, { level: level === 1 ? 1 : 2 }), headingLevel: level });
    } else if (node.name === 'p') emit({ node: textblock('paragraph', node.children) });
    else if (node.name === 'ul' || node.name === 'ol') {
      if (!isNoteList(node)) emit({ node: list(node) });
    } else if (node.name === 'table') {
      state.flattenedTable = true;
      for (const row of descendants(node, 'tr')) {
        const cells = row.children.filter((c): c is HtmlElement => c.type === 'element');
        const parts: HtmlNode[] = [];
        cells.forEach((cell, i) => {
          if (i > 0) parts.push({ type: 'text', text: ' | ' });
          parts.push(...flattenParagraphs(cell));
        });
        emit({ node: textblock('paragraph', parts) });
      }
    } else if (inlineElements.has(node.name)) emit({ node: textblock('paragraph', [node]) });
    else node.children.forEach(block);
  };

  nodes.forEach(block);
  return { blocks, flattenedTable: state.flattenedTable };
}

/** The notes' contents by id (`footnote-1`), from the lists mammoth appends at the end. */
function collectNotes(nodes: HtmlNode[]): Map<string, HtmlNode[]> {
  const notes = new Map<string, HtmlNode[]>();
  for (const node of nodes) {
    if (node.type === 'element' && isNoteList(node)) {
      for (const li of node.children) if (li.type === 'element') notes.set(li.attrs.id!, li.children);
    }
  }
  return notes;
}

function isNoteList(el: HtmlElement): boolean {
  const items = el.children.filter((c): c is HtmlElement => c.type === 'element');
  return el.name === 'ol' && items.length > 0 && items.every((li) => li.name === 'li' && noteId.test(li.attrs.id ?? ''));
}

function descendants(el: HtmlElement, name: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (child.name === name) found.push(child);
    else found.push(...descendants(child, name));
  }
  return found;
}

/** A cell's paragraphs as one run of inline content. */
function flattenParagraphs(cell: HtmlElement): HtmlNode[] {
  const out: HtmlNode[] = [];
  cell.children.forEach((child, i) => {
    if (i > 0) out.push({ type: 'text', text: ' ' });
    out.push(...(child.type === 'element' && (child.name === 'p' || /^h\d$/.test(child.name)) ? child.children : [child]));
  });
  return out;
}

function footnote(content: NodeJSON[]): NodeJSON {
  const text = tidy(content.filter((n) => n.type === 'text'));
  return { type: 'footnote', ...(text.length ? { content: text } : {}) };
}

function withMark(marks: MarkJSON[], mark: MarkJSON): MarkJSON[] {
  if (marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark].sort((a, b) => markRank[a.type]! - markRank[b.type]!);
}

/** Runs of text with the same marks merged, spaces collapsed, the ends trimmed, empty text dropped. */
function tidy(nodes: NodeJSON[]): NodeJSON[] {
  const merged: NodeJSON[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      merged[merged.length - 1] = { ...last, text: last.text! + node.text! };
    } else merged.push({ ...node });
  }
  for (const node of merged) if (node.type === 'text') node.text = node.text!.replace(/ {2,}/g, ' ');
  const first = merged[0];
  if (first?.type === 'text') first.text = first.text!.trimStart();
  const last = merged[merged.length - 1];
  if (last?.type === 'text') last.text = last.text!.trimEnd();
  return merged.filter((n) => n.type !== 'text' || n.text);
}

function sameMarks(a: MarkJSON[] = [], b: MarkJSON[] = []): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

