/**
 * Word bookmark names for the tree's anchors. Word allows letters, digits and
 * underscores, starting with a letter, at most 40 characters, and drops a
 * bookmark it does not like — which would break every link and TOC entry that
 * points at it. Names starting with "_" are hidden, which we do not want.
 */
import type { DocumentTree } from '../tree/types.js';
import { eachBlock } from '../tree/walk.js';

const maxLength = 40;

export class Bookmarks {
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Every anchor a link or the TOC can point at: chapters, their headings and figures. */
  static of(tree: DocumentTree): Bookmarks {
    const bookmarks = new Bookmarks();
    for (const chapter of tree.chapters) {
      bookmarks.add(chapter.anchor);
      eachBlock(chapter.blocks, (block) => {
        if (block.type === 'heading' || block.type === 'figure') bookmarks.add(block.anchor);
      });
    }
    return bookmarks;
  }

  /** The bookmark name of an anchor (with or without its leading '#'), or null for an anchor nothing carries. */
  nameOf(anchor: string): string | null {
    return this.names.get(anchor.replace(/^#/, '')) ?? null;
  }

  private add(anchor: string): void {
    if (anchor === '' || this.names.has(anchor)) return;
    const base = `b_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, maxLength);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base.slice(0, maxLength - String(n).length - 1)}_${n}`;
    this.taken.add(name);
    this.names.set(anchor, name);
  }
}
