/**
 * Labels that fit: shortened with an ellipsis or wrapped onto a few lines, as
 * measured in the fonts that will set them; and the box a label covers, which
 * the layouts (and the tests) use to keep labels apart and inside the drawing.
 */
import type { Face, Hex, MeasureText, Shape } from '../drawing.js';

export type TextShape = Extract<Shape, { type: 'text' }>;

const ellipsis = '…';

/** `text`, shortened at a word (or, failing that, a letter) with an ellipsis until it fits `width`. */
export function fit(text: string, face: Face, size: number, width: number, measure: MeasureText): string {
  if (measure(text, face, size) <= width) return text;
  const words = text.split(' ');
  // Whole words while at least half of them stay; otherwise letters, or the label says too little.
  for (let n = words.length - 1; n >= Math.max(1, Math.ceil(words.length / 2)); n--) {
    const shorter = `${words.slice(0, n).join(' ').replace(/[,;:–-]$/, '')}${ellipsis}`;
    if (measure(shorter, face, size) <= width) return shorter;
  }
  // Letters: the longest prefix that fits, found by halving (each new string costs a shaping).
  const letters = [...text];
  const cut = (n: number): string => `${letters.slice(0, n).join('').trimEnd()}${ellipsis}`;
  let [low, high] = [0, letters.length - 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(mid), face, size) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : cut(low);
}

/** `text` broken at spaces into at most `lines` lines of `width`; the last one ellipsised when the rest does not fit. */
export function wrap(text: string, face: Face, size: number, width: number, lines: number, measure: MeasureText): string[] {
  const out: string[] = [];
  let words = text.split(/\s+/).filter((w) => w !== '');
  while (words.length > 0 && out.length < lines) {
    let n = words.length;
    while (n > 1 && measure(words.slice(0, n).join(' '), face, size) > width) n--;
    if (out.length === lines - 1) n = words.length;
    out.push(fit(words.slice(0, n).join(' '), face, size, width, measure));
    words = words.slice(n);
  }
  return out.filter((line) => line !== '');
}

export function label(x: number, y: number, text: string, face: Face, size: number, fill: Hex, anchor: TextShape['anchor'] = 'start'): TextShape {
  return { type: 'text', x, y, text, face, size, fill, anchor };
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box a label covers: its advance across, and from ascender to descender (about 0.8 and 0.22 of the size). */
export function boxOf(shape: TextShape, measure: MeasureText): Box {
  const width = measure(shape.text, shape.face, shape.size);
  const x = shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x - width;
  return { x, y: shape.y - shape.size * 0.8, width, height: shape.size * 1.02 };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
