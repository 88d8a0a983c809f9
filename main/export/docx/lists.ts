/**
 * Bulleted and numbered lists as Word numbering, nested by level. An ordered
 * list is its own numbering instance, so each starts again at its first number;
 * one definition serves every list that starts at the same number.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { Template } from '../template/index.js';
import type { List } from '../tree/types.js';
import type { WriteContext } from './context.js';
import type { Flow, RenderBlocks, Written } from './flow.js';
import { inlines } from './inlines.js';
import { ReadyParagraph } from './ready-paragraph.js';
import { twip } from './units.js';

const maxLevel = 8;
const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

export class ListNumbering {
  private readonly starts = new Set<number>();
  private instances = 0;

  constructor(private readonly template: Template) {}

  /** The reference and a fresh instance for one list. */
  use(list: List): { reference: string; instance: number } {
    if (!list.ordered) return { reference: 'bundel-bullets', instance: 0 };
    this.starts.add(list.start);
    this.instances += 1;
    return { reference: `bundel-ordered-${list.start}`, instance: this.instances };
  }

  /** The definitions of every list used, for the document's numbering part. */
  definitions(): NumberingDefinition[] {
    const indent = this.template.list.indent;
    const level = (n: number, format: ILevelsOptions['format'], text: string, start = 1): ILevelsOptions => ({
      level: n,
      format,
      text,
      start,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: twip(indent * (n + 1)), hanging: twip(indent) } } },
    });
    const levels = Array.from({ length: maxLevel + 1 }, (_, n) => n);
    const bullets = [this.template.list.bullet, '–', this.template.list.bullet];
    return [
      { reference: 'bundel-bullets', levels: levels.map((n) => level(n, LevelFormat.BULLET, bullets[n % 3]!)) },
      ...[...this.starts].map((start) => ({
        reference: `bundel-ordered-${start}`,
        levels: levels.map((n) => level(n, orderedFormats[n % 3], `%${n + 1}.`, n === 0 ? start : 1)),
      })),
    ];
  }
}

export function list(node: List, level: number, flow: Flow, ctx: WriteContext, render: RenderBlocks): Written[] {
  const { reference, instance } = ctx.numbering.use(node);
  const depth = Math.min(level, maxLevel);
  const out: Written[] = [];
  for (const item of node.items) {
    item.forEach((block, index) => {
      if (block.type === 'list') out.push(...list(block, level + 1, flow, ctx, render));
      else if (block.type === 'paragraph' && index === 0) {
        out.push(new ReadyParagraph({ style: flow.list, widowControl: true, numbering: { reference, instance, level: depth } }, inlines(block.content, ctx)));
      } else if (block.type === 'paragraph') {
        // A further paragraph of the item: aligned with the item's text, without a number.
        out.push(new ReadyParagraph({ style: flow.list, widowControl: true, indentLeft: twip(ctx.template.list.indent * (depth + 1)) }, inlines(block.content, ctx)));
      } else out.push(...render([block], flow, ctx));
    });
  }
  return out;
}
