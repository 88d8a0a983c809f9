// Kaders: material items in a frame coloured after their kind. Inside the
// frame: the kind label, the item's title, its parts under their labels, and
// where it came from. The frame may split across pages (pagination draws it
// open at the break); its padding travels with the break. Tagged as a Div of
// articles (each item is a self-contained story or example), their titles
// headings one level below the text around the kader.
import type { TextStyle } from '../../template/index.js';
import type { Box, BoxItem } from '../../tree/types.js';
import { layoutParagraph, writeLines } from '../text/index.js';
import { paragraphOptions, plainRuns, type StyleOverrides } from '../style/index.js';
import { flowBlocks } from './blocks.js';
import type { FlowContext } from './context.js';
import type { BlockFrame } from './frame.js';
import type { UnitList } from './unit-list.js';
import type { BoxFrame } from './units.js';
import { headingType, type StructNode } from '../tagged/index.js';

const SEPARATOR_WIDTH = 0.5;

export function flowBox(box: Box, outer: BlockFrame, out: UnitList, ctx: FlowContext): void {
  const style = ctx.template.boxes;
  const colors = style.kinds[box.kind];
  const frame: BoxFrame = { x: outer.x, width: outer.width, padding: style.padding, borderWidth: style.borderWidth, colors };
  const sides = colors.borderSides;
  const left = style.padding + (sides === 'topBottom' ? 0 : style.borderWidth);
  const right = style.padding + (sides === 'all' ? style.borderWidth : 0);
  const vertical = sides === 'left' ? 0 : style.borderWidth;
  const inner: BlockFrame = {
    x: outer.x + left,
    width: outer.width - left - right,
    text: style.text,
    paragraphIndent: 0,
    overrides: {},
    listDepth: 0,
    floatFigures: false,
    struct: outer.struct.add('Div'),
  };
  const accent: StyleOverrides = { color: colors.accent };

  const enclosing = out.box;
  const level = out.headingLevel;
  out.gap(style.spacing);
  out.box = frame;
  out.add('content', style.padding + vertical, { edge: 'top', breakAfter: false });
  if (box.title !== null) plainText(box.title, style.label, inner, accent, 'label', inner.struct.add(headingType(level + 1)), out, ctx);
  const itemLevel = box.title === null ? level + 1 : level + 2;
  box.items.forEach((item, i) => {
    if (i > 0) separator(inner, colors.border, out);
    out.headingLevel = itemLevel;
    flowItem(item, box.title === null || box.kind === 'mixed', { ...inner, struct: inner.struct.add('Art') }, accent, out, ctx);
  });
  out.headingLevel = level;
  // The last lines go with the bottom edge: a page never starts with an empty frame.
  const last = out.at(out.length - 1);
  if (last !== undefined && last.edge === null) last.breakAfter = false;
  out.add('content', style.padding + vertical, { edge: 'bottom' });
  out.box = enclosing;
  out.gap(style.spacing);
}

function flowItem(item: BoxItem, showKind: boolean, inner: BlockFrame, accent: StyleOverrides, out: UnitList, ctx: FlowContext): void {
  const style = ctx.template.boxes;
  const struct = inner.struct;
  if (showKind) plainText(item.kindLabel, style.label, inner, accent, 'label', struct.add('P'), out, ctx);
  plainText(item.title, style.title, inner, {}, 'heading', struct.add(headingType(out.headingLevel)), out, ctx);
  for (const part of item.parts) {
    if (part.label !== null) plainText(part.label, style.label, inner, accent, 'label', struct.add('P'), out, ctx);
    // A quotation's words are set in italic, as spoken words.
    const overrides: StyleOverrides = item.kind === 'quote' && part.role === 'body' ? { italic: true } : {};
    flowBlocks(part.blocks, { ...inner, overrides }, out, ctx);
  }
  plainText(item.attribution, style.text, inner, {}, 'source', struct.add('P'), out, ctx);
  plainText(item.source, style.source, inner, {}, 'source', struct.add('P'), out, ctx);
}

/** A single-style line or two: labels and titles keep with what follows them. */
function plainText(
  text: string,
  style: TextStyle,
  frame: BlockFrame,
  overrides: StyleOverrides,
  role: 'label' | 'heading' | 'source',
  tag: StructNode,
  out: UnitList,
  ctx: FlowContext,
): void {
  const runs = plainRuns(text, style, ctx.fonts, overrides);
  if (runs.length === 0) return;
  const lines = writeLines(layoutParagraph(runs, paragraphOptions(style, frame.width, ctx.hyphenator)).lines, ctx.pdfFonts);
  out.gap(style.spaceBefore);
  out.lines(lines, frame.x, { role, tag, splittable: role === 'source', keepLines: role === 'source' ? 0 : 2 });
  out.gap(style.spaceAfter);
}

/** Space with a thin rule between two items; like any space it disappears at a page break. */
function separator(inner: BlockFrame, color: string, out: UnitList): void {
  const height = out.box?.padding ?? 0;
  out.add('gap', height * 1.5, {
    breakAfter: false,
    pieces: [{ kind: 'rule', x1: inner.x, y1: height * 0.75, x2: inner.x + inner.width, y2: height * 0.75, color, width: SEPARATOR_WIDTH }],
  });
}
