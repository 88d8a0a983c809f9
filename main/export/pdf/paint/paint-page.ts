// Draws a flowed page's text area into a PDF page: kader frames with only
// the sides they have on this page, rules, images, charts (as vectors), placeholders and lines.
// In a tagged document each item is marked content of its structure element,
// or an artifact when it has none (frames and rules).
import { PDFOperator, PDFOperatorNames, rgb, type PDFPage } from 'pdf-lib';
import { drawLines, drawWritten, pdfNumber } from '../text/index.js';
import { paintDrawing } from '../drawing/index.js';
import { drawImageUpright } from '../images/index.js';
import { declaredRgb, drawVectorForm } from '../vector/index.js';
import type { Inks } from '../colour/index.js';
import type { FlowPage, Placed, PlacedPlaceholder, PlacedRect } from '../flow/index.js';
import type { PaintResources } from './resources.js';

export interface Origin {
  /** PDF coordinates of the text area's top-left corner. */
  readonly x: number;
  readonly y: number;
}

/** A page as the flow set it, its lines written in the same document's fonts. */
export async function paintFlowPage(page: PDFPage, flow: FlowPage, origin: Origin, resources: PaintResources): Promise<void> {
  const { tags } = resources;
  for (const item of flow.items) {
    if ('tag' in item && item.tag !== undefined) tags.begin(page, item.tag, item.kind === 'lines' ? undefined : boxOf(item, origin));
    else tags.beginArtifact(page, 'Layout');
    await paintItem(page, item, origin, resources);
    tags.end(page);
  }
}

async function paintItem(page: PDFPage, item: Placed, origin: Origin, resources: PaintResources): Promise<void> {
  switch (item.kind) {
    case 'lines':
      drawWritten(page, item.lines, origin.x + item.x, origin.y - item.y);
      break;
    case 'rect':
      paintRect(page, item, origin, resources.fonts.inks);
      break;
    case 'rule':
      page.drawLine({
        start: { x: origin.x + item.x1, y: origin.y - item.y1 },
        end: { x: origin.x + item.x2, y: origin.y - item.y2 },
        thickness: item.width,
        color: resources.fonts.inks.hex(item.color),
      });
      break;
    case 'image': {
      const picture = await resources.images.get(item, declaredRgb(page));
      const box = { x: origin.x + item.x, y: origin.y - item.y - item.height, width: item.width, height: item.height };
      if (picture === null) paintPlaceholder(page, { ...item, kind: 'placeholder', label: item.fallbackLabel ?? 'Afbeelding onleesbaar' }, origin, resources);
      else if (picture.kind === 'vectors') drawVectorForm(page, picture.form, box);
      else drawImageUpright(page, picture.image, box, item.image.orientation);
      break;
    }
    case 'drawing':
      paintDrawing(
        page,
        item.drawing,
        { x: origin.x + item.x, top: origin.y - item.y, scale: item.width / item.drawing.width },
        resources.fonts,
        resources.families,
      );
      break;
    case 'placeholder':
      paintPlaceholder(page, item, origin, resources);
      break;
  }
}

/** Where a figure's art lies on the page: left, bottom, right, top. */
function boxOf(item: Extract<Placed, { kind: 'image' | 'drawing' | 'placeholder' }>, origin: Origin): [number, number, number, number] {
  const top = origin.y - item.y;
  return [origin.x + item.x, top - item.height, origin.x + item.x + item.width, top];
}

/**
 * Background, then each stroked side as a bar inside the rectangle, so a frame
 * open at a page break has no edge there. Written as content-stream text: with
 * pdf-lib's drawRectangle (a dozen operator objects a rectangle) a book's
 * kader frames were a third of painting its pages.
 */
function paintRect(page: PDFPage, rect: PlacedRect, origin: Origin, inks: Inks): void {
  const x = origin.x + rect.x;
  const bottom = origin.y - rect.y - rect.height;
  const ops = ['q'];
  if (rect.fill !== null) ops.push(inks.hexFillText(rect.fill), rectangle(x, bottom, rect.width, rect.height), 'f');
  const w = rect.strokeWidth;
  if (rect.stroke !== null && w > 0 && (rect.sides.top || rect.sides.bottom || rect.sides.left || rect.sides.right)) {
    // The bars overlap only at the corners, in the same direction: one path, filled once.
    ops.push(inks.hexFillText(rect.stroke));
    if (rect.sides.top) ops.push(rectangle(x, bottom + rect.height - w, rect.width, w));
    if (rect.sides.bottom) ops.push(rectangle(x, bottom, rect.width, w));
    if (rect.sides.left) ops.push(rectangle(x, bottom, w, rect.height));
    if (rect.sides.right) ops.push(rectangle(x + rect.width - w, bottom, w, rect.height));
    ops.push('f');
  }
  if (ops.length === 1) return;
  // The operands of the closing Q, as drawWritten writes its lines.
  page.pushOperators(PDFOperator.of(PDFOperatorNames.PopGraphicsState, [ops.join('\n')]));
}

function rectangle(x: number, y: number, width: number, height: number): string {
  return `${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re`;
}

const PLACEHOLDER_FILL = rgb(0.94, 0.95, 0.95);
const PLACEHOLDER_BORDER = rgb(0.6, 0.63, 0.65);
const PLACEHOLDER_PADDING = 12;

function paintPlaceholder(page: PDFPage, placed: PlacedPlaceholder, origin: Origin, resources: PaintResources): void {
  const x = origin.x + placed.x;
  const top = origin.y - placed.y;
  page.drawRectangle({
    x,
    y: top - placed.height,
    width: placed.width,
    height: placed.height,
    color: resources.fonts.inks.of(PLACEHOLDER_FILL),
    borderColor: resources.fonts.inks.of(PLACEHOLDER_BORDER),
    borderWidth: 0.75,
    borderDashArray: [4, 3],
  });
  const lines = resources.labelLines(placed.label, Math.max(placed.width - 2 * PLACEHOLDER_PADDING, 10));
  const height = lines.reduce((sum, line) => sum + line.height, 0);
  drawLines(page, lines, x + PLACEHOLDER_PADDING, top - (placed.height - height) / 2, resources.fonts);
}
