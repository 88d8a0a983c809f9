/**
 * Column heads that stay whole in narrow columns: each name wrapped to its
 * column; when a name would still be cut, the heads go on two tiers, every
 * other one raised with a thin leader down to its column, so each may take
 * nearly two columns' width. Returns the baseline of the heads' last line.
 */
import type { MeasureText, Shape } from '../drawing.js';
import type { ChartStyle } from './style.js';
import { label, wrap } from './text.js';

export function columnHeads(shapes: Shape[], names: readonly string[], centre: (i: number) => number, column: number, style: ChartStyle, measure: MeasureText): number {
  const { small } = style;
  const line = small * 1.2;
  const wrapped = (width: number, lines: number): string[][] => names.map((name) => wrap(name, style.face, small, width, lines, measure));
  const single = wrapped(column - 3, 3);
  const cut = single.some((lines, i) => lines.join(' ') !== names[i]!.split(/\s+/).join(' '));
  if (!cut || names.length < 2) {
    const depth = Math.max(1, ...single.map((l) => l.length));
    single.forEach((lines, i) => {
      const first = small + (depth - lines.length) * line;
      lines.forEach((text, k) => shapes.push(label(centre(i), first + k * line, text, style.face, small, style.text, 'middle')));
    });
    return small + (depth - 1) * line;
  }
  const heads = wrapped(column * 2 - 6, 2);
  const tier = Math.max(1, ...heads.map((l) => l.length)) * line + 2;
  const bottom = small + 2 * tier - 2 - line;
  heads.forEach((lines, i) => {
    const raised = i % 2 === 0;
    const last = raised ? bottom - tier : bottom;
    lines.forEach((text, k) => shapes.push(label(centre(i), last - (lines.length - 1 - k) * line, text, style.face, small, style.text, 'middle')));
    if (raised) shapes.push({ type: 'line', x1: centre(i), y1: last + small * 0.4, x2: centre(i), y2: bottom + small * 0.4, stroke: style.rule, strokeWidth: 0.5, dash: null });
  });
  return bottom;
}
