/** Every figure of a document tree, wherever it sits (chapters, quotes, lists, kaders, the colophon). */
import type { Block, DocumentTree, Figure } from '../tree/types.js';

export function figuresOf(tree: DocumentTree): Figure[] {
  const out: Figure[] = [];
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'figure') out.push(block);
      else if (block.type === 'quote') visit(block.blocks);
      else if (block.type === 'list') block.items.forEach(visit);
      else if (block.type === 'box') block.items.forEach((item) => item.parts.forEach((part) => visit(part.blocks)));
    }
  };
  tree.chapters.forEach((chapter) => visit(chapter.blocks));
  visit(tree.colophon.blocks);
  return out;
}
