// Shape outlines as PDF path operators. The drawing's y grows downwards; the
// painter's transform does not flip (text must stay upright), so every y is
// negated here, once, where the coordinates are written.
import { PDFOperator, PDFOperatorNames } from 'pdf-lib';
import { pdfNumber } from '../text/index.js';
import { parsePathData } from '../vector/path-data.js';

/** Bézier handle length for a quarter circle of radius 1. */
const KAPPA = 0.5522847498;

export function rectOutline(x: number, y: number, width: number, height: number, radius = 0): PDFOperator[] {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  if (r === 0) {
    return [moveTo(x, -y), lineTo(x + width, -y), lineTo(x + width, -(y + height)), lineTo(x, -(y + height)), closePath()];
  }
  const k = r * KAPPA;
  const right = x + width;
  const bottom = y + height;
  return [
    moveTo(x + r, -y),
    lineTo(right - r, -y),
    appendBezierCurve(right - r + k, -y, right, -(y + r - k), right, -(y + r)),
    lineTo(right, -(bottom - r)),
    appendBezierCurve(right, -(bottom - r + k), right - r + k, -bottom, right - r, -bottom),
    lineTo(x + r, -bottom),
    appendBezierCurve(x + r - k, -bottom, x, -(bottom - r + k), x, -(bottom - r)),
    lineTo(x, -(y + r)),
    appendBezierCurve(x, -(y + r - k), x + r - k, -y, x + r, -y),
    closePath(),
  ];
}

export function circleOutline(cx: number, cy: number, r: number): PDFOperator[] {
  const k = r * KAPPA;
  const y = -cy;
  return [
    moveTo(cx + r, y),
    appendBezierCurve(cx + r, y + k, cx + k, y + r, cx, y + r),
    appendBezierCurve(cx - k, y + r, cx - r, y + k, cx - r, y),
    appendBezierCurve(cx - r, y - k, cx - k, y - r, cx, y - r),
    appendBezierCurve(cx + k, y - r, cx + r, y - k, cx + r, y),
    closePath(),
  ];
}

/** SVG path data with the absolute commands a drawing may use (M L C Q Z; parsePathData). */
export function pathOutline(d: string): PDFOperator[] {
  const path = parsePathData(d);
  if (path === null) throw new Error(`Path data "${d}" is not a drawing's: a drawing has only absolute M, L, C, Q and Z, each with all its numbers`);
  const { points } = path;
  const operators: PDFOperator[] = [];
  let at = 0;
  for (const command of path.commands) {
    if (command === 'M') operators.push(moveTo(points[at]!, -points[at + 1]!));
    else if (command === 'L') operators.push(lineTo(points[at]!, -points[at + 1]!));
    else if (command === 'C') operators.push(appendBezierCurve(points[at]!, -points[at + 1]!, points[at + 2]!, -points[at + 3]!, points[at + 4]!, -points[at + 5]!));
    else operators.push(closePath());
    at += command === 'C' ? 6 : command === 'Z' ? 0 : 2;
  }
  return operators;
}

// Operands as ready text, as the typesetter writes its text operators:
// pdf-lib's operator helpers make a PDFNumber per coordinate and format each
// at full precision, and a chart's dots are hundreds of curves.
function moveTo(x: number, y: number): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.MoveTo, [pdfNumber(x), pdfNumber(y)]);
}

function lineTo(x: number, y: number): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.LineTo, [pdfNumber(x), pdfNumber(y)]);
}

function appendBezierCurve(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.AppendBezierCurve, [pdfNumber(x1), pdfNumber(y1), pdfNumber(x2), pdfNumber(y2), pdfNumber(x3), pdfNumber(y3)]);
}

function closePath(): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.ClosePath);
}
