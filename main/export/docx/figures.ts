/**
 * Figures: the image at the text width (never taller than the template's share
 * of the page), its caption "Figuur N. Titel" with the caption text in the
 * caption style, and the credit. The alt text goes into the drawing's
 * description (wp:docPr descr). A chart is its drawing as SVG with a PNG
 * fallback. A chart that could not be drawn, or a missing image, becomes a
 * visible placeholder — the caption is never left empty, which Word
 * would offer to repair.
 */
import { Bookmark, TextRun, type ParagraphChild } from 'docx';
import type { Figure } from '../tree/types.js';
import type { WriteContext } from './context.js';
import type { Flow, Written } from './flow.js';
import { S } from './style-ids.js';
import { displaySize } from './image-size.js';
import { altTextOf } from './alt-text.js';
import { FigureRun, type FigureImage } from './figure-run.js';
import { ReadyParagraph } from './ready-paragraph.js';
import { withoutTurn } from '../../visuals/raster.js';

export function figure(node: Figure, flow: Flow, ctx: WriteContext): Written[] {
  ctx.log.figures += 1;
  const image = imageRun(node, flow, ctx);
  const bookmark = ctx.bookmarks.nameOf(node.anchor);
  const place = (children: ParagraphChild[]): ParagraphChild[] => (bookmark === null ? children : [new Bookmark({ id: bookmark, children })]);
  const out: Written[] = [
    image === null
      ? new ReadyParagraph({ style: S.figureMissing }, place([new TextRun(placeholderText(node, ctx.language))]))
      : new ReadyParagraph({ style: S.figure }, place([image])),
    caption(node, ctx),
  ];
  if (node.credit.trim() !== '') out.push(new ReadyParagraph({ style: S.credit }, [new TextRun(node.credit)]));
  return out;
}

function caption(node: Figure, ctx: WriteContext): ReadyParagraph {
  const children: ParagraphChild[] = [new TextRun({ text: `${ctx.labels.figure} ${node.number}.`, bold: true })];
  if (node.title.trim() !== '') children.push(new TextRun(` ${node.title}`));
  if (node.caption.trim() !== '') children.push(new TextRun({ text: node.caption, break: 1 }));
  return new ReadyParagraph({ style: S.caption }, children);
}

function imageRun(node: Figure, flow: Flow, ctx: WriteContext): FigureRun | null {
  const img = node.image;
  if (img.type === 'chart') return chartRun(node, flow, ctx);
  if (img.type !== 'image' || img.width <= 0 || img.height <= 0) {
    ctx.log.placeholders += 1;
    ctx.log.warn('figurePlaceholder', `${ctx.labels.figure} ${node.number} (${node.title}) has no image to show; a placeholder is written.`, ctx.chapterId);
    return null;
  }
  let data: FigureImage;
  if (img.mime === 'image/svg+xml') {
    const fallback = ctx.svgFallbacks.get(img.bytes);
    if (fallback === undefined || fallback instanceof Error) {
      ctx.log.placeholders += 1;
      ctx.log.warn('svgUnreadable', `${ctx.labels.figure} ${node.number}: the SVG could not be read (${fallback?.message ?? 'not rendered'}); a placeholder is written.`, ctx.chapterId);
      return null;
    }
    data = { type: 'svg', data: img.bytes, fallback };
  } else if (img.mime === 'image/png') data = { type: 'png', data: img.bytes };
  else {
    // A scaled copy has no EXIF data; a turned photo written as it came gets its tag set upright, as the drawing turns it.
    const scaled = ctx.photos.get(img.bytes);
    data = { type: 'jpg', data: scaled ?? (img.orientation === undefined ? img.bytes : withoutTurn(img.bytes)) };
  }
  return new FigureRun(data, displaySize(img, ctx.template, flow.widthMm), altTextFor(node, ctx), img.orientation);
}

/** A chart as the SVG drawn beforehand (main/export/docx/charts.ts), with its PNG for readers without SVG. */
function chartRun(node: Figure, flow: Flow, ctx: WriteContext): FigureRun | null {
  const chart = ctx.charts.get(node);
  if (chart === undefined || chart instanceof Error) {
    ctx.log.placeholders += 1;
    ctx.log.warn('figurePlaceholder', `${ctx.labels.figure} ${node.number} (${node.title}): the chart could not be drawn (${chart?.message ?? 'not drawn'}); a placeholder is written.`, ctx.chapterId);
    return null;
  }
  return new FigureRun({ type: 'svg', data: chart.svg, fallback: chart.png }, displaySize(chart, ctx.template, flow.widthMm), altTextFor(node, ctx));
}

function altTextFor(node: Figure, ctx: WriteContext): { name: string; title: string; description: string } {
  return { name: `${ctx.labels.figure} ${node.number}`, title: node.title, description: altTextOf(node) };
}

const placeholders = {
  nl: { chart: 'Grafiek', missing: 'Afbeelding ontbreekt', charts: { spectrum: 'spectrum formeel–informeel', materialMap: 'kaart van het materiaal', trajectory: 'het traject' } },
  en: { chart: 'Chart', missing: 'Image missing', charts: { spectrum: 'formal–informal spectrum', materialMap: 'map of the material', trajectory: 'the trajectory' } },
} as const;

function placeholderText(node: Figure, language: string): string {
  const words = language.toLowerCase().startsWith('en') ? placeholders.en : placeholders.nl;
  const what = node.image.type === 'chart' ? `${words.chart}: ${words.charts[node.image.chart]}` : words.missing;
  return `[${what} — ${node.title.trim() || `${node.number}`}]`;
}
