// A Drawing painted onto a PDF page as vector paths and real text. One
// transform places and scales the whole drawing (no flip, so text stays
// upright; the outlines negate y); stroke widths and type sizes scale with it.
import {
  concatTransformationMatrix,
  fill,
  fillAndStroke,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  stroke,
  LineCapStyle,
  LineJoinStyle,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { Drawing, Shape } from '../../../visuals/drawing.js';
import type { PdfFonts } from '../fonts/index.js';
import { hexColor, type Inks } from '../colour/index.js';
import { drawLines } from '../text/index.js';
import { labelLine, type FamilyOf } from './label.js';
import { opacityState } from './opacity.js';
import { circleOutline, pathOutline, rectOutline } from './outline.js';

/** Where a drawing goes: PDF coordinates of its top-left corner, and points per drawing unit. */
export interface DrawingPlacement {
  readonly x: number;
  readonly top: number;
  readonly scale: number;
}

export function paintDrawing(page: PDFPage, drawing: Drawing, at: DrawingPlacement, fonts: PdfFonts, families: FamilyOf): void {
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(at.scale, 0, 0, at.scale, at.x, at.top));
  for (const shape of drawing.shapes) {
    if (shape.type === 'text') {
      const line = labelLine(shape.text, shape.face, shape.size, hexColor(shape.fill), families);
      const shift = shape.anchor === 'start' ? 0 : shape.anchor === 'middle' ? line.width / 2 : line.width;
      drawLines(page, [line], shape.x - shift, -shape.y, fonts);
    } else {
      page.pushOperators(...shapeOperators(page, shape, fonts.inks));
    }
  }
  page.pushOperators(popGraphicsState());
}

function shapeOperators(page: PDFPage, shape: Exclude<Shape, { type: 'text' }>, inks: Inks): PDFOperator[] {
  const ops: PDFOperator[] = [pushGraphicsState()];
  if (shape.type === 'line') {
    ops.push(inks.hexStroke(shape.stroke), setLineWidth(shape.strokeWidth), setLineCap(LineCapStyle.Butt));
    if (shape.dash !== null && shape.dash.length > 0) ops.push(setDashPattern([...shape.dash], 0));
    ops.push(...pathOutline(`M ${shape.x1} ${shape.y1} L ${shape.x2} ${shape.y2}`), stroke());
    ops.push(popGraphicsState());
    return ops;
  }
  const stroked = shape.stroke !== null && shape.strokeWidth > 0;
  if (shape.fill === null && !stroked) return [];
  if (shape.opacity !== undefined && shape.opacity < 1) ops.push(setGraphicsState(opacityState(page, shape.opacity)));
  if (shape.fill !== null) ops.push(inks.hexFill(shape.fill));
  if (stroked) ops.push(inks.hexStroke(shape.stroke!), setLineWidth(shape.strokeWidth), setLineJoin(LineJoinStyle.Round));
  if (shape.type === 'rect') ops.push(...rectOutline(shape.x, shape.y, shape.width, shape.height, shape.radius));
  else if (shape.type === 'circle') ops.push(...circleOutline(shape.cx, shape.cy, shape.r));
  else ops.push(...pathOutline(shape.d));
  ops.push(shape.fill === null ? stroke() : stroked ? fillAndStroke() : fill(), popGraphicsState());
  return ops;
}
