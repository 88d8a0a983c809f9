// ProseMirror block content → the tree's blocks. Headings get anchors (and so
// TOC entries), figures their number and image, boxes their resolved items.
import type { NodeJSON, Visual } from '../../model/index.js';
import type { ChartData, ChartKind } from '../../visuals/charts/types.js';
import { shownRaster } from '../../visuals/raster.js';
import { problem, type BuildContext } from './context.js';
import { inlines } from './inlines.js';
import type { Block, FigureImage, Heading } from './types.js';

export interface BlockSources {
  /** A kader's node → its box block, or null when none of its items exist. */
  box(node: NodeJSON, context: BuildContext): Block | null;
  visual(id: string): Visual | undefined;
  /** A chart's data, worked out once per kind however many figures show it. */
  chart(kind: ChartKind): ChartData;
  image(hash: string): Uint8Array | undefined;
}

export function blocks(nodes: readonly NodeJSON[] | undefined, context: BuildContext, sources: BlockSources): Block[] {
  const out: Block[] = [];
  for (const node of nodes ?? []) {
    const block = blockOf(node, context, sources);
    if (block !== null) out.push(block);
  }
  return out;
}

function blockOf(node: NodeJSON, context: BuildContext, sources: BlockSources): Block | null {
  switch (node.type) {
    case 'paragraph': {
      const content = inlines(node.content, context);
      return content.length === 0 ? null : { type: 'paragraph', content };
    }
    case 'heading': {
      const content = inlines(node.content, context);
      if (content.length === 0) return null;
      const heading: Heading = {
        type: 'heading',
        level: node.attrs?.level === 2 ? 2 : 1,
        content,
        anchor: `${context.chapter.anchor}_s${++context.sections}`,
      };
      return heading;
    }
    case 'blockquote':
      return { type: 'quote', blocks: blocks(node.content, context, sources) };
    case 'bullet_list':
    case 'ordered_list':
      return {
        type: 'list',
        ordered: node.type === 'ordered_list',
        start: typeof node.attrs?.order === 'number' ? node.attrs.order : 1,
        items: (node.content ?? []).map((item) => blocks(item.content, context, sources)),
      };
    case 'material_box':
      return sources.box(node, context);
    case 'figure':
      return figureOf(String(node.attrs?.visualId), context, sources);
    default:
      return null;
  }
}

function figureOf(visualId: string, context: BuildContext, sources: BlockSources): Block {
  const visual = sources.visual(visualId);
  const number = ++context.figures;
  const anchor = `fig${number}`;
  if (visual === undefined) {
    problem(context, 'missingVisual', visualId);
    return { type: 'figure', visualId, number, anchor, title: visualId, caption: '', credit: '', altText: '', image: { type: 'missing' } };
  }
  let image: FigureImage;
  if (visual.source.type === 'chart') image = { type: 'chart', chart: visual.source.chart, data: sources.chart(visual.source.chart) };
  else {
    const { source } = visual;
    const bytes = sources.image(source.hash);
    if (bytes === undefined) problem(context, 'missingImage', visual.title);
    image =
      bytes === undefined
        ? { type: 'missing' }
        : { type: 'image', mime: source.mime, bytes, ...(source.mime === 'image/svg+xml' ? { width: source.width, height: source.height } : shownRaster(bytes, source)) };
  }
  return {
    type: 'figure',
    visualId,
    number,
    anchor,
    title: visual.title,
    caption: visual.caption.trim(),
    credit: visual.credit.trim(),
    altText: visual.altText.trim() || visual.title,
    image,
  };
}
