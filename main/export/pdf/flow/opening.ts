// The chapter opening, sunk from the top of its first page: the kind's label
// ("Hoofdstuk 3"), the title and the byline, kept with the first lines of text.
// The label and the title are one heading to a screen reader: "Hoofdstuk 3 Titel".
import type { ChapterNode } from '../../tree/types.js';
import type { TextStyle } from '../../template/index.js';
import { layoutParagraph, writeLines } from '../text/index.js';
import { paragraphOptions, plainRuns } from '../style/index.js';
import type { FlowContext } from './context.js';
import type { UnitList } from './unit-list.js';
import type { Piece } from './units.js';
import type { StructNode } from '../tagged/index.js';

export function flowOpening(chapter: ChapterNode, structure: StructNode, out: UnitList, ctx: FlowContext): void {
  const { label, title, byline, sink } = ctx.template.chapter;
  const pieces: Piece[] = [];
  let y = sink;
  let after = 0;
  let heading: StructNode | null = null;
  const add = (text: string, style: TextStyle, tagOf: () => StructNode): void => {
    const runs = plainRuns(text, style, ctx.fonts);
    if (runs.length === 0) return;
    const tag = tagOf();
    const lines = writeLines(layoutParagraph(runs, paragraphOptions(style, ctx.width, ctx.hyphenator)).lines, ctx.pdfFonts);
    const group = out.group('title', lines.length, false, tag);
    if (pieces.length > 0) y += Math.max(after, style.spaceBefore);
    lines.forEach((line, index) => {
      pieces.push({ kind: 'line', x: 0, y, line, group, index });
      y += line.height;
    });
    after = style.spaceAfter;
  };
  const titled = (): StructNode => (heading ??= structure.add('H1'));
  add(chapter.label, label, titled);
  add(chapter.title, title, titled);
  add(chapter.byline, byline, () => structure.add('P'));
  out.add('content', y, { pieces, anchors: [chapter.anchor], keepLines: 2 });
  out.gap(after);
}
