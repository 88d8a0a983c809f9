// Affine matrices as PDF writes them: [a b c d e f] maps a point (x, y) to
// (a·x + c·y + e, b·x + d·y + f). SVG's matrix(a b c d e f) is the same six.

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `first`, then `then`: as `first cm` inside `then`'s space, i.e. PDF's first × then. */
export function multiply(first: Matrix, then: Matrix): Matrix {
  const [a, b, c, d, e, f] = first;
  const [A, B, C, D, E, F] = then;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Null when `m` flattens everything onto a line or a point: nothing drawn through it shows. */
export function invert(m: Matrix): Matrix | null {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return null;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** usvg writes every transform as `matrix(a b c d e f)`; anything else is not read. */
export function parseMatrix(text: string): Matrix | null {
  const match = /^matrix\(([^)]*)\)$/.exec(text.trim());
  const values = match?.[1]!.trim().split(/[\s,]+/).map(Number) ?? [];
  if (values.length !== 6 || values.some((v) => !Number.isFinite(v))) return null;
  const [a, b, c, d, e, f] = values as [number, number, number, number, number, number];
  return [a, b, c, d, e, f];
}

/** The smallest upright box holding the four corners of [x0, y0, x1, y1] mapped by `m`. */
export function mapBox(m: Matrix, box: readonly [number, number, number, number]): [number, number, number, number] {
  const corners = [apply(m, box[0], box[1]), apply(m, box[2], box[1]), apply(m, box[0], box[3]), apply(m, box[2], box[3])];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
