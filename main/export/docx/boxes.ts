/**
 * Kaders: a one-cell table in the kind's colours — Word, LibreOffice and pandoc
 * all keep a table cell together, shaded and framed as one surface, with lists
 * and several paragraphs inside (paragraph borders merge only while indents
 * match, so a list would break the frame). Inside: the box's title, each
 * item's kind label and title, its parts under their labels, then its
 * attribution and source. A spacer paragraph before and after gives the box
 * its spacing and keeps two boxes in a row from merging into one table.
 */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions } from 'docx';
import type { BoxColors } from '../template/index.js';
import type { Box, BoxItem } from '../tree/types.js';
import type { WriteContext } from './context.js';
import type { Flow, RenderBlocks, Written } from './flow.js';
import { boxStyleId, S } from './style-ids.js';
import { eighthPoints, hex, mmToTwip, ptToMm, twip } from './units.js';
import { ReadyParagraph } from './ready-paragraph.js';

export function box(node: Box, flow: Flow, ctx: WriteContext, render: RenderBlocks): Written[] {
  const boxes = ctx.template.boxes;
  const colors = boxes.kinds[node.kind];
  const inner: Flow = {
    paragraph: boxStyleId(node.kind),
    continued: null,
    list: boxStyleId(node.kind),
    headings: [S.boxTitle, S.boxTitle],
    widthMm: flow.widthMm - 2 * ptToMm(boxes.padding),
  };
  const label = (text: string): ReadyParagraph => new ReadyParagraph({ style: S.boxLabel }, [new TextRun({ text, color: hex(colors.accent) })]);

  const children: Written[] = [];
  if (node.title !== null && node.title.trim() !== '') children.push(label(node.title));
  for (const item of node.items) children.push(...boxItem(item, node, inner, ctx, render, label));
  // A table cell must hold a paragraph: Word offers a repair for an empty one.
  if (children.length === 0) children.push(new ReadyParagraph({ style: inner.paragraph }, []));

  const padding = twip(boxes.padding);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(flow.widthMm), type: WidthType.DXA },
    columnWidths: [mmToTwip(flow.widthMm)],
    borders: noBorders(),
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: mmToTwip(flow.widthMm), type: WidthType.DXA },
            shading: { fill: hex(colors.background) },
            margins: { top: padding, bottom: padding, left: padding, right: padding },
            borders: frame(colors, boxes.borderWidth),
            children,
          }),
        ],
      }),
    ],
  });
  return [spacer(boxes.spacing), table, spacer(boxes.spacing)];
}

function boxItem(item: BoxItem, node: Box, flow: Flow, ctx: WriteContext, render: RenderBlocks, label: (text: string) => ReadyParagraph): Written[] {
  const out: Written[] = [];
  // The kind's label names the item unless the box's title already does (several items of one kind).
  if (node.title === null || node.kind === 'mixed') out.push(label(item.kindLabel));
  if (item.title.trim() !== '') out.push(new ReadyParagraph({ style: S.boxTitle }, [new TextRun(item.title)]));
  for (const part of item.parts) {
    if (part.label !== null && part.label.trim() !== '') out.push(label(part.label));
    out.push(...render(part.blocks, flow, ctx));
  }
  for (const line of [item.attribution, item.source]) {
    if (line.trim() !== '') out.push(new ReadyParagraph({ style: S.boxSource }, [new TextRun(line)]));
  }
  return out;
}

function frame(colors: BoxColors, widthPt: number): Record<'top' | 'bottom' | 'left' | 'right', IBorderOptions> {
  const none: IBorderOptions = { style: BorderStyle.NIL };
  const line: IBorderOptions = widthPt > 0 ? { style: BorderStyle.SINGLE, size: eighthPoints(widthPt), color: hex(colors.border) } : none;
  // A bar on the left is drawn heavier, or it reads as a hairline next to the shading.
  const bar: IBorderOptions = widthPt > 0 ? { ...line, size: eighthPoints(widthPt * 2) } : none;
  switch (colors.borderSides) {
    case 'all':
      return { top: line, bottom: line, left: line, right: line };
    case 'left':
      return { top: none, bottom: none, left: bar, right: none };
    case 'topBottom':
      return { top: line, bottom: line, left: none, right: none };
  }
}

function noBorders(): Record<'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical', IBorderOptions> {
  const none: IBorderOptions = { style: BorderStyle.NIL };
  return { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
}

function spacer(points: number): ReadyParagraph {
  return new ReadyParagraph({ style: S.normal, exactLine: Math.max(twip(points), 20) }, []);
}
