// Path data in absolute M, L, Q, C and Z, as usvg writes it and as our charts'
// drawings use it. Quadratic segments become cubic ones, as PDF has only those.
import type { Matrix } from './matrix.js';

export interface PathData {
  /** One letter per segment: M, L, C or Z. */
  readonly commands: string;
  /** The segments' points, x and y after each other: one for M and L, three for C, none for Z. */
  readonly points: readonly number[];
}

const TOKEN = /[MLCQZmlcqz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;

/**
 * Null when `d` holds anything but absolute M, L, C, Q and Z with all their
 * numbers (relative commands, arcs). A command letter may be followed by
 * several coordinate sets, as in SVG; pairs after an M are line-tos.
 */
export function parsePathData(d: string): PathData | null {
  const tokens = d.match(TOKEN) ?? [];
  let commands = '';
  const points: number[] = [];
  let command = '';
  let i = 0;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const take = (count: number): number[] | null => {
    const values = tokens.slice(i, i + count).map(Number);
    i += count;
    return values.length === count && values.every(Number.isFinite) ? values : null;
  };
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i]!)) command = tokens[i++]!;
    if (commands === '' && command !== 'M') return null;
    if (command === 'Z') {
      commands += 'Z';
      [x, y] = [startX, startY];
      command = ''; // numbers straight after Z are an error, not a loop
      continue;
    }
    const n = take(command === 'C' ? 6 : command === 'Q' ? 4 : 2);
    if (n === null) return null;
    switch (command) {
      case 'M':
        [x, y, startX, startY] = [n[0]!, n[1]!, n[0]!, n[1]!];
        points.push(x, y);
        commands += 'M';
        command = 'L';
        break;
      case 'L':
        [x, y] = [n[0]!, n[1]!];
        points.push(x, y);
        commands += 'L';
        break;
      case 'Q': {
        // The cubic with control points two thirds of the way to the quadratic's one.
        const [qx, qy, ex, ey] = n as [number, number, number, number];
        points.push(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey);
        [x, y] = [ex, ey];
        commands += 'C';
        break;
      }
      case 'C':
        points.push(...n);
        [x, y] = [n[4]!, n[5]!];
        commands += 'C';
        break;
      default:
        return null;
    }
  }
  return commands === '' ? null : { commands, points };
}

/** The path as PDF construction operators, its points mapped by `m` if given. */
export function pathOperators(path: PathData, num: (value: number) => string, m: Matrix | null = null): string {
  const out: string[] = [];
  const { points } = path;
  const point = (i: number): string => {
    const x = points[i]!;
    const y = points[i + 1]!;
    if (m === null) return `${num(x)} ${num(y)}`;
    return `${num(m[0] * x + m[2] * y + m[4])} ${num(m[1] * x + m[3] * y + m[5])}`;
  };
  let at = 0;
  for (const command of path.commands) {
    if (command === 'M') out.push(`${point(at)} m`);
    else if (command === 'L') out.push(`${point(at)} l`);
    else if (command === 'C') out.push(`${point(at)} ${point(at + 2)} ${point(at + 4)} c`);
    else out.push('h');
    at += command === 'C' ? 6 : command === 'Z' ? 0 : 2;
  }
  return out.join('\n');
}

/**
 * The path's geometry's bounding box (control points that the curve does not
 * reach do not count), what SVG's objectBoundingBox units are relative to;
 * null for a path without points.
 */
export function pathBox(path: PathData): [number, number, number, number] | null {
  const { points } = path;
  if (points.length < 2) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number): void => {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  };
  let at = 0;
  let x = 0;
  let y = 0;
  for (const command of path.commands) {
    if (command === 'M' || command === 'L') {
      [x, y] = [points[at]!, points[at + 1]!];
      add(x, y);
      at += 2;
    } else if (command === 'C') {
      const [x1, y1, x2, y2, x3, y3] = points.slice(at, at + 6) as [number, number, number, number, number, number];
      for (const t of extrema(x, x1, x2, x3).concat(extrema(y, y1, y2, y3))) add(cubic(x, x1, x2, x3, t), cubic(y, y1, y2, y3, t));
      add(x3, y3);
      [x, y] = [x3, y3];
      at += 6;
    }
  }
  return box;
}

function cubic(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const s = 1 - t;
  return s * s * s * p0 + 3 * s * s * t * p1 + 3 * s * t * t * p2 + t * t * t * p3;
}

/** Where in (0, 1) a cubic's coordinate turns: the roots of its derivative. */
function extrema(p0: number, p1: number, p2: number, p3: number): number[] {
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  const roots: number[] = [];
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) roots.push(-c / b);
  } else {
    const disc = b * b - 4 * a * c;
    if (disc >= 0) {
      const sq = Math.sqrt(disc);
      roots.push((-b + sq) / (2 * a), (-b - sq) / (2 * a));
    }
  }
  return roots.filter((t) => t > 0 && t < 1);
}
