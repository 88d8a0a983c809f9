/**
 * A tiny raster canvas on top of pngjs, enough to draw the demo's map with
 * smooth edges: filled rectangles, discs, thick polylines, triangles and
 * bitmap text. Pure arithmetic, so the same drawing gives the same bytes.
 */
import { PNG } from 'pngjs';
import { glyph, glyphHeight, glyphWidth } from './font.js';

export type Rgb = readonly [number, number, number];

export function hex(color: string): Rgb {
  const n = Number.parseInt(color.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export class Canvas {
  private readonly png: PNG;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.png = new PNG({ width, height });
    this.rect(0, 0, width, height, background);
  }

  /** Blends `color` into one pixel with coverage `alpha` (0–1). */
  private blend(x: number, y: number, color: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = (y * this.width + x) * 4;
    const data = this.png.data;
    const a = Math.min(1, alpha);
    for (let c = 0; c < 3; c += 1) data[i + c] = Math.round((data[i + c] ?? 0) * (1 - a) + color[c]! * a);
    data[i + 3] = 255;
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb, alpha = 1): void {
    for (let py = Math.max(0, Math.floor(y)); py < Math.min(this.height, Math.floor(y + h)); py += 1) {
      for (let px = Math.max(0, Math.floor(x)); px < Math.min(this.width, Math.floor(x + w)); px += 1) {
        this.blend(px, py, color, alpha);
      }
    }
  }

  disc(cx: number, cy: number, r: number, color: Rgb, alpha = 1): void {
    this.cover(cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1, color, alpha, (x, y) => r + 0.5 - Math.hypot(x - cx, y - cy));
  }

  /** A thick line through `points` with round joins; each pixel is blended once, so joins show no seams. */
  stroke(points: readonly (readonly [number, number])[], width: number, color: Rgb, alpha = 1): void {
    const half = width / 2;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x0 = Math.min(...xs) - half - 1;
    const y0 = Math.min(...ys) - half - 1;
    const x1 = Math.max(...xs) + half + 1;
    const y1 = Math.max(...ys) + half + 1;
    const left = Math.max(0, Math.floor(x0));
    const top = Math.max(0, Math.floor(y0));
    const w = Math.min(this.width, Math.ceil(x1)) - left;
    const h = Math.min(this.height, Math.ceil(y1)) - top;
    if (w <= 0 || h <= 0) return;
    const coverage = new Float32Array(w * h);
    for (let s = 0; s + 1 < points.length; s += 1) {
      const [ax, ay] = points[s]!;
      const [bx, by] = points[s + 1]!;
      const sx0 = Math.max(left, Math.floor(Math.min(ax, bx) - half - 1));
      const sx1 = Math.min(left + w, Math.ceil(Math.max(ax, bx) + half + 1));
      const sy0 = Math.max(top, Math.floor(Math.min(ay, by) - half - 1));
      const sy1 = Math.min(top + h, Math.ceil(Math.max(ay, by) + half + 1));
      for (let py = sy0; py < sy1; py += 1) {
        for (let px = sx0; px < sx1; px += 1) {
          const a = half + 0.5 - segmentDistance(px + 0.5, py + 0.5, ax, ay, bx, by);
          const k = (py - top) * w + (px - left);
          if (a > coverage[k]!) coverage[k] = a;
        }
      }
    }
    for (let k = 0; k < coverage.length; k += 1) {
      if (coverage[k]! > 0) this.blend(left + (k % w), top + Math.floor(k / w), color, Math.min(1, coverage[k]!) * alpha);
    }
  }

  triangle(a: readonly [number, number], b: readonly [number, number], c: readonly [number, number], color: Rgb): void {
    const xs = [a[0], b[0], c[0]];
    const ys = [a[1], b[1], c[1]];
    const edges = [
      [a, b],
      [b, c],
      [c, a],
    ] as const;
    // Counter-clockwise or clockwise: the sign of the area tells which side is inside.
    const sign = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    this.cover(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), color, 1, (x, y) => {
      let inside = Infinity;
      for (const [p, q] of edges) {
        const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
        const d = (sign * ((q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]))) / len;
        inside = Math.min(inside, d);
      }
      return inside + 0.5;
    });
  }

  /** Capital letters, digits and a few signs from the bitmap font, `scale` pixels per dot, top-left at x, y. */
  text(x: number, y: number, value: string, scale: number, color: Rgb): void {
    let cx = x;
    for (const ch of value) {
      const rows = glyph(ch);
      rows.forEach((row, gy) => {
        [...row].forEach((dot, gx) => {
          if (dot === '#') this.rect(cx + gx * scale, y + gy * scale, scale, scale, color);
        });
      });
      cx += (glyphWidth + 1) * scale;
    }
  }

  static textWidth(value: string, scale: number): number {
    return [...value].length * (glyphWidth + 1) * scale - scale;
  }

  static textHeight(scale: number): number {
    return glyphHeight * scale;
  }

  /** PNG bytes, RGB without alpha: the drawing is opaque. */
  encode(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(PNG.sync.write(this.png, { colorType: 2 }));
  }

  /** Blends `color` over a box, each pixel with the coverage that `inside` gives for its centre. */
  private cover(x0: number, y0: number, x1: number, y1: number, color: Rgb, alpha: number, inside: (x: number, y: number) => number): void {
    for (let py = Math.max(0, Math.floor(y0)); py < Math.min(this.height, Math.ceil(y1)); py += 1) {
      for (let px = Math.max(0, Math.floor(x0)); px < Math.min(this.width, Math.ceil(x1)); px += 1) {
        const a = inside(px + 0.5, py + 0.5);
        if (a > 0) this.blend(px, py, color, Math.min(1, a) * alpha);
      }
    }
  }
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
