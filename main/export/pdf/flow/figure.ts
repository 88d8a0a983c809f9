// Figures: the image at the measure (at most the template's share of the page
// height), then "Figuur N. Titel", the caption and the credit. Never split; at
// the top level a figure that does not fit floats to the next page. A chart is
// laid out here, at the frame's width, as a Drawing the painter draws as vectors.
// Tagged as a Figure with the visual's alternative text, then its Caption.
import type { Figure, FigureImage } from '../../tree/types.js';
import { drawVisual } from '../../../visuals/draw.js';
import { measureWith } from '../../../visuals/measure.js';
import { layoutParagraph, writeLines, type InlineRun } from '../text/index.js';
import { paragraphOptions, plainRuns } from '../style/index.js';
import type { TextStyle } from '../../template/index.js';
import type { FlowContext } from './context.js';
import type { BlockFrame } from './frame.js';
import type { LinesRole } from './types.js';
import type { UnitList } from './unit-list.js';
import { unit, type Piece } from './units.js';
import type { StructNode } from '../tagged/index.js';

const POINTS_PER_INCH = 72;
/** SVG is rasterised at this resolution when painted. */
export const SVG_DPI = 300;
/** Missing images: a stand-in of this shape. */
const PLACEHOLDER_ASPECT = 0.5;

export function flowFigure(figure: Figure, frame: BlockFrame, out: UnitList, ctx: FlowContext): void {
  const { caption, credit, spacing } = ctx.template.figure;
  const tag = frame.struct.add('Figure', { alt: altText(figure, `${ctx.labels.figure} ${figure.number}`) });
  const art = figure.image.type === 'chart' ? chartPiece(figure, figure.image, frame, tag, ctx) : imagePiece(figure, figure.image, frame, tag, ctx);
  const pieces: Piece[] = [art];
  let y = art.height;
  const captionTag = frame.struct.add('Caption');
  const addLines = (runs: InlineRun[], style: TextStyle, role: LinesRole): void => {
    if (runs.length === 0) return;
    const lines = writeLines(layoutParagraph(runs, paragraphOptions(style, frame.width, ctx.hyphenator)).lines, ctx.pdfFonts);
    const group = out.group(role, lines.length, false, captionTag, figure.number);
    y += style.spaceBefore;
    lines.forEach((line, index) => {
      pieces.push({ kind: 'line', x: frame.x, y, line, group, index });
      y += line.height;
    });
  };
  const label = `${ctx.labels.figure} ${figure.number}.`;
  addLines(
    [...plainRuns(`${label} `, caption, ctx.fonts, { bold: true }), ...plainRuns(figure.title, caption, ctx.fonts)],
    caption,
    'caption',
  );
  addLines(plainRuns(figure.caption, caption, ctx.fonts), { ...caption, spaceBefore: 0 }, 'caption');
  addLines(plainRuns(figure.credit, credit, ctx.fonts), credit, 'source');

  const around = unit('gap', spacing, out.box, { breakAfter: false });
  out.add('figure', y, { pieces, anchors: [figure.anchor], floats: frame.floatFigures, lineCount: 2, around });
}

/** What the figure shows, for those who cannot see it: its own alternative text, else its title, else its label. */
function altText(figure: Figure, label: string): string {
  const alt = figure.altText.trim();
  return alt !== '' ? alt : figure.title.trim() !== '' ? figure.title : label;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/** Scaled to the measure, and down again to the largest height allowed. */
export function imageSize(image: Exclude<FigureImage, { type: 'chart' }>, measure: number, maxHeight: number): Size {
  const aspect = image.type === 'image' && image.width > 0 ? image.height / image.width : PLACEHOLDER_ASPECT;
  let width = measure;
  let height = width * aspect;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / aspect;
  }
  return { width, height };
}

type ArtPiece = Extract<Piece, { kind: 'image' | 'drawing' | 'placeholder' }>;

function imagePiece(figure: Figure, image: Exclude<FigureImage, { type: 'chart' }>, frame: BlockFrame, tag: StructNode, ctx: FlowContext): ArtPiece {
  const size = imageSize(image, frame.width, ctx.template.figure.maxHeight * ctx.height);
  const base = { x: frame.x + (frame.width - size.width) / 2, y: 0, width: size.width, height: size.height, figure: figure.number, tag };
  if (image.type === 'image') {
    const dpi = image.mime === 'image/svg+xml' ? SVG_DPI : image.width / (size.width / POINTS_PER_INCH);
    return { kind: 'image', ...base, image, dpi, fallbackLabel: `Afbeelding onleesbaar: ${figure.title}` };
  }
  return { kind: 'placeholder', ...base, label: `Afbeelding ontbreekt: ${figure.title}` };
}

/** The chart laid out at the measure; one taller than the page allows (a long material map) is scaled down whole, labels with it. */
function chartPiece(figure: Figure, chart: Extract<FigureImage, { type: 'chart' }>, frame: BlockFrame, tag: StructNode, ctx: FlowContext): ArtPiece {
  const drawing = drawVisual(chart.data, ctx.template, {
    width: frame.width,
    measure: measureWith(ctx.fonts),
    title: figure.title,
    description: figure.altText,
  });
  const scale = Math.min(1, (ctx.template.figure.maxHeight * ctx.height) / drawing.height);
  const width = drawing.width * scale;
  return { kind: 'drawing', x: frame.x + (frame.width - width) / 2, y: 0, width, height: drawing.height * scale, drawing, figure: figure.number, tag };
}
