/** Visits a chapter's inlines in the order the writer writes them. */
import type { Block, FootnoteRef, Text } from '../tree/types.js';

export function walkInlines(blocks: readonly Block[], visit: (inline: Text | FootnoteRef) => void): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        for (const inline of block.content) if (inline.type !== 'break') visit(inline);
        break;
      case 'quote':
        walkInlines(block.blocks, visit);
        break;
      case 'list':
        for (const item of block.items) walkInlines(item, visit);
        break;
      case 'box':
        for (const item of block.items) for (const part of item.parts) walkInlines(part.blocks, visit);
        break;
      case 'figure':
        break;
    }
  }
}
