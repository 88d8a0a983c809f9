// The chapter opening, sunk from the top of its first page: the kind's label
// ("Hoofdstuk 3"), the title and the byline, kept with the first lines of text.
import type { ChapterNode } from '../../tree/types.js';
import type { TextStyle } from '../../template/index.js';
import { layoutParagraph } from '../text/index.js';
import { paragraphOptions, plainRuns } from '../style/index.js';
import type { FlowContext } from './context.js';
import type { UnitList } from './unit-list.js';
import type { Piece } from './units.js';

export function flowOpening(chapter: ChapterNode, out: UnitList, ctx: FlowContext): void {
  const { label, title, byline, sink } = ctx.template.chapter;
  const pieces: Piece[] = [];
  let y = sink;
  let after = 0;
  const add = (text: string, style: TextStyle): void => {
    const runs = plainRuns(text, style, ctx.fonts);
    if (runs.length === 0) return;
    const { lines } = layoutParagraph(runs, paragraphOptions(style, ctx.width));
    const group = out.group('title', lines.length, false);
    if (pieces.length > 0) y += Math.max(after, style.spaceBefore);
    lines.forEach((line, index) => {
      pieces.push({ kind: 'line', x: 0, y, line, group, index });
      y += line.height;
    });
    after = style.spaceAfter;
  };
  add(chapter.label, label);
  add(chapter.title, title);
  add(chapter.byline, byline);
  out.add('content', y, { pieces, anchors: [chapter.anchor], keepLines: 2 });
  out.gap(after);
}
