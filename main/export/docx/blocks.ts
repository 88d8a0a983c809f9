/**
 * Blocks in a flow: paragraphs (the first after a heading or other block flush,
 * the ones after a paragraph indented, as the template says), headings with
 * their bookmarks, quotes, lists, boxes and figures.
 */
import { Bookmark, type Paragraph } from 'docx';
import type { Block, Heading } from '../tree/types.js';
import { box } from './boxes.js';
import type { WriteContext } from './context.js';
import { figure } from './figures.js';
import type { Flow, Written } from './flow.js';
import { inlines } from './inlines.js';
import { list } from './lists.js';
import { ReadyParagraph } from './ready-paragraph.js';
import { S } from './style-ids.js';

export function blocks(nodes: readonly Block[], flow: Flow, ctx: WriteContext): Written[] {
  const out: Written[] = [];
  let previous: Block['type'] | null = null;
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const style = previous === 'paragraph' && flow.continued !== null ? flow.continued : flow.paragraph;
        out.push(new ReadyParagraph({ style, widowControl: true }, inlines(node.content, ctx)));
        break;
      }
      case 'heading':
        out.push(heading(node, flow, ctx));
        break;
      case 'quote':
        out.push(...blocks(node.blocks, quoteFlow(flow), ctx));
        break;
      case 'list':
        out.push(...list(node, 0, flow, ctx, blocks));
        break;
      case 'box':
        out.push(...box(node, flow, ctx, blocks));
        break;
      case 'figure':
        out.push(...figure(node, flow, ctx));
        break;
    }
    previous = node.type;
  }
  return out;
}

function heading(node: Heading, flow: Flow, ctx: WriteContext): Paragraph {
  const children = inlines(node.content, ctx);
  const bookmark = ctx.bookmarks.nameOf(node.anchor);
  return new ReadyParagraph({ style: flow.headings[node.level - 1] }, bookmark === null ? children : [new Bookmark({ id: bookmark, children })]);
}

function quoteFlow(flow: Flow): Flow {
  // Inside a box a quote keeps the box's style (and shading); in the text it is Citaat.
  if (flow.paragraph !== S.normal) return flow;
  return { ...flow, paragraph: S.quote, continued: null, list: S.quote };
}
