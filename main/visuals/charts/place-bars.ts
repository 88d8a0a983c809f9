/**
 * Sessions per place as ranked bars under the trajectory: the eight busiest
 * places, the rest together in one bar, so a project with many places stays
 * readable.
 */
import type { MeasureText, Shape } from '../drawing.js';
import type { ChartStyle } from './style.js';
import { fit, label } from './text.js';
import type { MapLine } from './types.js';

const shown = 8;

export function placeBars(shapes: Shape[], places: readonly MapLine[], words: { readonly title: string; readonly others: string }, top: number, width: number, style: ChartStyle, measure: MeasureText): number {
  if (places.length === 0) return top - style.size;
  const { size, small } = style;
  const rest = places.slice(shown);
  const lines: MapLine[] =
    rest.length <= 1 ? places.slice(0, shown + 1) : [...places.slice(0, shown), { label: words.others.replace('{count}', String(rest.length)), total: rest.reduce((a, p) => a + p.total, 0) }];
  let y = top;
  shapes.push(label(0, y, fit(words.title, style.bold, size, width, measure), style.bold, size, style.text));
  y += size * 0.8;
  const labelWidth = Math.min(width * 0.3, Math.max(...lines.map((l) => measure(l.label, style.face, small))));
  const barLeft = labelWidth + size;
  // The gathered rest is text only: one long bar would squash the places it is not about.
  const others = rest.length > 1 ? lines.at(-1)! : null;
  const most = Math.max(...lines.filter((l) => l !== others).map((l) => l.total));
  const room = width - barLeft - measure(String(most), style.face, small) - 4;
  const step = small * 1.55;
  for (const line of lines) {
    const mid = y + step / 2;
    shapes.push(label(0, mid + small * 0.33, fit(line.label, style.face, small, labelWidth, measure), style.face, small, line === others ? style.muted : style.text));
    y += step;
    if (line === others) {
      shapes.push(label(barLeft, mid + small * 0.33, String(line.total), style.face, small, style.muted));
      continue;
    }
    const w = Math.max(0.5, (room * line.total) / most);
    shapes.push({ type: 'rect', x: barLeft, y: mid - step * 0.24, width: w, height: step * 0.48, fill: style.accent, stroke: null, strokeWidth: 0, opacity: 0.75 });
    shapes.push(label(barLeft + w + 3, mid + small * 0.33, String(line.total), style.face, small, style.text));
  }
  return y + 2;
}
