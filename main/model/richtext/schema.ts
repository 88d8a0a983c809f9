/**
 * The ProseMirror schema for all rich text in a project: chapter bodies and
 * material bodies. Material boxes and figures are atoms that *reference* items
 * and visuals by id; the text never holds a copy of them.
 */
import { Schema, type DOMOutputSpec, type NodeSpec, type MarkSpec } from 'prosemirror-model';
import { isFollowableLink } from './links.js';

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },

  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', 0],
  },

  heading: {
    group: 'block',
    content: 'inline*',
    attrs: { level: { default: 1, validate: (v: unknown) => assertLevel(v) } },
    defining: true,
    parseDOM: [
      { tag: 'h1', attrs: { level: 1 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 2 } },
    ],
    toDOM: (node): DOMOutputSpec => [`h${node.attrs.level as number}`, 0],
  },

  blockquote: {
    group: 'block',
    content: 'paragraph+',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: (): DOMOutputSpec => ['blockquote', 0],
  },

  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', 0],
  },

  ordered_list: {
    group: 'block',
    content: 'list_item+',
    attrs: { order: { default: 1, validate: 'number' } },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => ({ order: Number((dom as HTMLElement).getAttribute('start') ?? 1) || 1 }),
      },
    ],
    toDOM: (node): DOMOutputSpec =>
      node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs.order) }, 0],
  },

  list_item: {
    content: 'paragraph (paragraph | bullet_list | ordered_list)*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },

  /** A kader: shows one or more material items, rendered from the library at view and export time. */
  material_box: {
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    attrs: {
      itemIds: { validate: (v: unknown) => assertIdList(v) },
      title: { default: null, validate: 'string|null' },
    },
    parseDOM: [
      {
        tag: 'aside[data-material-box]',
        getAttrs: (dom) => {
          const el = dom as HTMLElement;
          return {
            itemIds: (el.getAttribute('data-items') ?? '').split(' ').filter(Boolean),
            title: el.getAttribute('data-title'),
          };
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'aside',
      {
        'data-material-box': '',
        'data-items': (node.attrs.itemIds as string[]).join(' '),
        ...(node.attrs.title ? { 'data-title': node.attrs.title as string } : {}),
      },
    ],
  },

  /** A figure: shows a visual with its caption and credit, which live on the visual. */
  figure: {
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    attrs: { visualId: { validate: 'string' } },
    parseDOM: [
      {
        tag: 'figure[data-visual]',
        getAttrs: (dom) => ({ visualId: (dom as HTMLElement).getAttribute('data-visual') ?? '' }),
      },
    ],
    toDOM: (node): DOMOutputSpec => ['figure', { 'data-visual': node.attrs.visualId as string }],
  },

  text: { group: 'inline' },

  hard_break: {
    group: 'inline',
    inline: true,
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },

  /** A footnote lives inline at its reference; numbering happens at export. */
  footnote: {
    group: 'inline',
    inline: true,
    atom: true,
    content: 'text*',
    marks: 'em strong link',
    parseDOM: [{ tag: 'span[data-footnote]' }],
    toDOM: (): DOMOutputSpec => ['span', { 'data-footnote': '' }, 0],
  },
};

const marks: Record<string, MarkSpec> = {
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (dom) => ((dom as HTMLElement).style.fontWeight !== 'normal' ? null : false) },
      { style: 'font-weight', getAttrs: (v) => (/^(bold(er)?|[6-9]\d{2,})$/.test(v as string) ? null : false) },
    ],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  link: {
    attrs: { href: { validate: 'string' }, title: { default: null, validate: 'string|null' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        // A pasted javascript: or file: address is no link; its text stays.
        getAttrs: (dom) => {
          const href = (dom as HTMLElement).getAttribute('href') ?? '';
          return isFollowableLink(href) ? { href, title: (dom as HTMLElement).getAttribute('title') } : false;
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      'a',
      { href: mark.attrs.href as string, title: mark.attrs.title as string | null, rel: 'noopener' },
      0,
    ],
  },
  /**
   * Marks a commented passage. Only the thread id lives in the text; the thread
   * itself is in the comment store. `excludes: ''` lets comments overlap.
   */
  comment: {
    attrs: { threadId: { validate: 'string' } },
    inclusive: false,
    excludes: '',
    parseDOM: [
      {
        tag: 'span[data-thread]',
        getAttrs: (dom) => ({ threadId: (dom as HTMLElement).getAttribute('data-thread') }),
      },
    ],
    toDOM: (mark): DOMOutputSpec => ['span', { class: 'comment', 'data-thread': mark.attrs.threadId as string }, 0],
  },
};

function assertLevel(value: unknown): void {
  if (value !== 1 && value !== 2) throw new RangeError('heading level must be 1 or 2');
}

function assertIdList(value: unknown): void {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v.length > 0)) {
    throw new RangeError('a material box needs one or more item ids');
  }
}

export const schema = new Schema({ nodes, marks });
