/** Visits a chapter's inlines in the order the writer writes them. */
import type { Block, FootnoteRef, Text } from '../tree/types.js';
import { eachBlock } from '../tree/walk.js';

export function walkInlines(blocks: readonly Block[], visit: (inline: Text | FootnoteRef) => void): void {
  eachBlock(blocks, (block) => {
    if (block.type !== 'paragraph' && block.type !== 'heading') return;
    for (const inline of block.content) if (inline.type !== 'break') visit(inline);
  });
}
