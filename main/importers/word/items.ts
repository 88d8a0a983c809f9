/**
 * A Word document's blocks → items: the whole document as one, or one per
 * heading. The splitting level is the shallowest heading level that occurs
 * more than once (a document title above a row of stories does not count);
 * a heading above that level closes a section without making an item of its own
 * unless text follows it.
 */
import { emptyDoc, plainText, type NodeJSON, type RichDoc } from '../../model/index.js';
import type { Block } from './html-to-doc.js';

export interface Section {
  title: string | null;
  body: RichDoc;
}

export function wholeDocument(blocks: Block[]): Section {
  const [first, ...rest] = blocks;
  if (first?.headingLevel !== undefined) return { title: plainText(first.node), body: bodyOf(rest) };
  return { title: null, body: bodyOf(blocks) };
}

export function splitAtHeadings(blocks: Block[]): Section[] {
  const levels = blocks.flatMap((b) => (b.headingLevel === undefined ? [] : [b.headingLevel]));
  if (levels.length === 0) return [{ title: null, body: bodyOf(blocks) }];
  const repeated = [...new Set(levels)].sort().find((level) => levels.filter((l) => l === level).length > 1);
  const splitLevel = repeated ?? Math.min(...levels);
  const sections: { title: string | null; blocks: Block[] }[] = [{ title: null, blocks: [] }];
  for (const block of blocks) {
    if (block.headingLevel !== undefined && block.headingLevel <= splitLevel) sections.push({ title: plainText(block.node), blocks: [] });
    else sections[sections.length - 1]!.blocks.push(block);
  }
  return sections.filter((s) => s.blocks.length > 0).map((s) => ({ title: s.title, body: bodyOf(s.blocks) }));
}

/** The blocks as a document; headings below the item's own title become our levels 1 and 2. */
function bodyOf(blocks: Block[]): RichDoc {
  if (blocks.length === 0) return emptyDoc();
  const levels = blocks.flatMap((b) => (b.headingLevel === undefined ? [] : [b.headingLevel]));
  const top = Math.min(...levels);
  const content: NodeJSON[] = blocks.map((b) =>
    b.headingLevel === undefined ? b.node : { ...b.node, attrs: { level: b.headingLevel === top ? 1 : 2 } },
  );
  return { type: 'doc', content };
}
