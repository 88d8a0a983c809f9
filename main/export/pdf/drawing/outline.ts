// Shape outlines as PDF path operators. The drawing's y grows downwards; the
// painter's transform does not flip (text must stay upright), so every y is
// negated here, once, where the coordinates are written.
import { PDFOperator, PDFOperatorNames } from 'pdf-lib';
import { pdfNumber } from '../text/tj.js';

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

/**
 * SVG path data with the absolute commands a drawing may use (M L C Q Z; a
 * command letter may be followed by several coordinate sets, as in SVG).
 * Q becomes the equivalent cubic: PDF has no quadratic curves.
 */
export function pathOutline(d: string): PDFOperator[] {
  const tokens = d.match(/[MLCQZmlcqz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const operators: PDFOperator[] = [];
  let command = '';
  let i = 0;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const num = (): number => {
    const value = Number(tokens[i++]);
    if (!Number.isFinite(value)) throw new Error(`Path data "${d}" is missing a number`);
    return value;
  };
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i]!)) command = tokens[i++]!;
    switch (command) {
      case 'M':
        x = startX = num();
        y = startY = num();
        operators.push(moveTo(x, -y));
        command = 'L'; // further pairs after M are line-tos (SVG)
        break;
      case 'L':
        x = num();
        y = num();
        operators.push(lineTo(x, -y));
        break;
      case 'C': {
        const [x1, y1, x2, y2] = [num(), num(), num(), num()];
        x = num();
        y = num();
        operators.push(appendBezierCurve(x1, -y1, x2, -y2, x, -y));
        break;
      }
      case 'Q': {
        const [qx, qy] = [num(), num()];
        const [ex, ey] = [num(), num()];
        operators.push(
          appendBezierCurve(x + (2 / 3) * (qx - x), -(y + (2 / 3) * (qy - y)), ex + (2 / 3) * (qx - ex), -(ey + (2 / 3) * (qy - ey)), ex, -ey),
        );
        x = ex;
        y = ey;
        break;
      }
      case 'Z':
        operators.push(closePath());
        x = startX;
        y = startY;
        command = ''; // numbers straight after Z are an error, not a loop
        break;
      default:
        throw new Error(`Path data "${d}" uses "${command}": a drawing has only absolute M, L, C, Q and Z`);
    }
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
