// A run of blocks into the vertical list: paragraphs indented after
// paragraphs, headings, block quotes, lists, kaders and figures.
import type { Block, List } from '../../tree/types.js';
import { layoutParagraph, writeLines } from '../text/index.js';
import { plainRuns } from '../style/index.js';
import { flowBox } from './box.js';
import type { FlowContext } from './context.js';
import { flowFigure } from './figure.js';
import type { BlockFrame } from './frame.js';
import { flowHeading, flowParagraph } from './paragraphs.js';
import type { UnitList } from './unit-list.js';

export function flowBlocks(blocks: readonly Block[], frame: BlockFrame, out: UnitList, ctx: FlowContext): void {
  let previous: Block['type'] | null = null;
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        flowParagraph(block.content, frame, previous === 'paragraph', out, ctx);
        break;
      case 'heading':
        flowHeading(block, frame, out, ctx);
        break;
      case 'quote':
        flowQuote(block.blocks, frame, out, ctx);
        break;
      case 'list':
        flowList(block, frame, out, ctx);
        break;
      case 'box':
        flowBox(block, frame, out, ctx);
        break;
      case 'figure':
        flowFigure(block, frame, out, ctx);
        break;
    }
    previous = block.type;
  }
}

function flowQuote(blocks: readonly Block[], frame: BlockFrame, out: UnitList, ctx: FlowContext): void {
  const { text, indent } = ctx.template.quote;
  const inner: BlockFrame = { ...frame, x: frame.x + indent, width: frame.width - 2 * indent, text, struct: frame.struct.add('BlockQuote') };
  out.gap(text.spaceBefore);
  flowBlocks(blocks, inner, out, ctx);
  out.gap(text.spaceAfter);
}

const NESTED_BULLET = '–';

/**
 * Items with a hanging indent; the marker is set right-aligned in the indent,
 * on the first line's baseline. Tagged as a list: each item its label (the
 * marker) and its body.
 */
function flowList(list: List, frame: BlockFrame, out: UnitList, ctx: FlowContext): void {
  const { indent, bullet, itemSpacing } = ctx.template.list;
  const struct = frame.struct.add('L');
  const inner: BlockFrame = { ...frame, x: frame.x + indent, width: frame.width - indent, paragraphIndent: 0, listDepth: frame.listDepth + 1, floatFigures: false, struct };
  const style = frame.text;
  const gapToText = style.size * 0.4;
  out.gap(itemSpacing);
  list.items.forEach((item, i) => {
    if (i > 0) out.gap(itemSpacing);
    const first = out.length;
    const element = struct.add('LI');
    const label = element.add('Lbl');
    flowBlocks(item, { ...inner, struct: element.add('LBody') }, out, ctx);
    const marker = list.ordered ? `${list.start + i}.` : frame.listDepth === 0 ? bullet : NESTED_BULLET;
    const layout = layoutParagraph(plainRuns(marker, style, ctx.fonts, frame.overrides), {
      width: indent,
      align: 'left',
      hyphenate: false,
      leading: style.leading,
    });
    const markerLine = writeLines(layout.lines.slice(0, 1), ctx.pdfFonts)[0];
    // The marker goes beside the item's first line, wherever that was set.
    for (let u = first; u < out.length && markerLine !== undefined; u++) {
      const target = out.at(u)!;
      const piece = target.pieces.find((p) => p.kind === 'line');
      if (piece?.kind !== 'line') continue;
      target.pieces.push({
        kind: 'line',
        x: inner.x - gapToText - markerLine.width,
        y: piece.y + piece.line.baseline - markerLine.baseline,
        line: markerLine,
        group: out.group('marker', 1, false, label),
        index: 0,
      });
      break;
    }
  });
  out.gap(itemSpacing);
}
