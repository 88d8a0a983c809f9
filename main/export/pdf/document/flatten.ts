/**
 * Blocks as a column of paragraphs, for the pages the assembly sets itself
 * (the colophon): structure that needs the flow — boxes, figures — reads as
 * its text in order, so nothing a colophon holds is dropped.
 */
import type { Block, Inline } from '../../tree/types.js';

export interface FlatParagraph {
  readonly heading: boolean;
  readonly content: readonly Inline[];
}

export function flattenBlocks(blocks: readonly Block[]): FlatParagraph[] {
  return blocks.flatMap(flattenBlock);
}

function text(value: string): Inline[] {
  return value === '' ? [] : [{ type: 'text', text: value, em: false, strong: false, link: null, threadIds: [] }];
}

function flattenBlock(block: Block): FlatParagraph[] {
  switch (block.type) {
    case 'paragraph':
      return [{ heading: false, content: block.content }];
    case 'heading':
      return [{ heading: true, content: block.content }];
    case 'quote':
      return flattenBlocks(block.blocks);
    case 'list':
      return block.items.flatMap((item, i) => {
        const [first, ...rest] = flattenBlocks(item);
        const marker = text(block.ordered ? `${block.start + i}. ` : '• ');
        return first === undefined ? [] : [{ ...first, content: [...marker, ...first.content] }, ...rest];
      });
    case 'box':
      return [
        ...(block.title === null ? [] : [{ heading: true, content: text(block.title) }]),
        ...block.items.flatMap((item) => [
          { heading: true, content: text(item.title) },
          ...item.parts.flatMap((part) => [...(part.label === null ? [] : [{ heading: true, content: text(part.label) }]), ...flattenBlocks(part.blocks)]),
        ]),
      ];
    case 'figure':
      return [{ heading: false, content: text([block.title, block.caption, block.credit].filter((s) => s !== '').join('. ')) }];
  }
}
