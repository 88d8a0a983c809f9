/** Walks over the blocks of a document tree, the nested ones too (in quotes, lists and kaders), in reading order. */
import type { Block, DocumentTree, Figure } from './types.js';

/** Calls `visit` for each block and then, before the next, for the blocks inside it. */
export function eachBlock(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'quote') eachBlock(block.blocks, visit);
    else if (block.type === 'list') for (const item of block.items) eachBlock(item, visit);
    else if (block.type === 'box') for (const item of block.items) for (const part of item.parts) eachBlock(part.blocks, visit);
  }
}

/** Every figure of a document tree, wherever it sits (chapters, quotes, lists, kaders, the colophon). */
export function figuresOf(tree: DocumentTree): Figure[] {
  const out: Figure[] = [];
  const collect = (block: Block): void => {
    if (block.type === 'figure') out.push(block);
  };
  for (const chapter of tree.chapters) eachBlock(chapter.blocks, collect);
  eachBlock(tree.colophon.blocks, collect);
  return out;
}
