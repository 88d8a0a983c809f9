/**
 * The material map as a bubble table: themes down, workgroups across, a
 * circle per cell whose area is the number of items (the number inside when
 * it fits), a bar of each theme's total at the right, the workgroups' totals
 * underneath and a size legend.
 */
import type { MeasureText, Shape } from '../drawing.js';
import type { Layout } from './layout.js';
import type { ChartStyle } from './style.js';
import { columnHeads } from './column-heads.js';
import { fit, label, wrap } from './text.js';
import type { MaterialMapData } from './types.js';

export function layoutMaterialMap(data: MaterialMapData, width: number, style: ChartStyle, measure: MeasureText): Layout {
  const { size, small } = style;
  const line = size * 1.2;
  const smallLine = small * 1.2;
  const columns = Math.max(1, data.workgroups.length);
  const widest = Math.max(0, ...data.themes.map((t) => measure(t.label, style.face, size)));
  const labelWidth = Math.min(widest, width * 0.24);
  const totalsWidth = Math.min(width * 0.16, 70);
  const gridLeft = labelWidth + size;
  const cellWidth = (width - gridLeft - totalsWidth - size) / columns;
  const rowHeight = Math.max(line * 2.3, Math.min(cellWidth * 0.8, 26));
  const rMax = Math.min(cellWidth, rowHeight) / 2 - 1.5;
  const most = Math.max(1, ...data.counts.flat());
  const radius = (n: number): number => (n === 0 ? 0 : Math.max(1.2, rMax * Math.sqrt(n / most)));
  const shapes: Shape[] = [];
  const cellX = (i: number): number => gridLeft + (i + 0.5) * cellWidth;
  const totalsX = width - totalsWidth;

  let y = columnHeads(shapes, data.workgroups.map((w) => w.label), cellX, cellWidth, style, measure);
  shapes.push(label(0, y, fit(data.words.themes, style.bold, small, labelWidth, measure), style.bold, small, style.muted));
  shapes.push(label(totalsX, y, fit(data.words.total, style.bold, small, totalsWidth, measure), style.bold, small, style.muted));
  y += small * 0.6;
  shapes.push({ type: 'line', x1: 0, y1: y, x2: width, y2: y, stroke: style.muted, strokeWidth: 0.6, dash: null });

  const mostTotal = Math.max(1, ...data.themes.map((t) => t.total));
  const numberWidth = measure(String(mostTotal), style.face, small) + 3;
  data.themes.forEach((theme, r) => {
    const mid = y + rowHeight / 2;
    if (r % 2 === 1) shapes.push({ type: 'rect', x: 0, y, width, height: rowHeight, fill: style.paletteLight[0]!, stroke: null, strokeWidth: 0, opacity: 0.6 });
    const lines = wrap(theme.label, style.face, size, labelWidth, 2, measure);
    lines.forEach((text, k) => shapes.push(label(0, mid + size * 0.33 + (k - (lines.length - 1) / 2) * line, text, style.face, size, style.text)));
    data.counts[r]!.forEach((n, i) => {
      if (n === 0) return;
      const rr = radius(n);
      shapes.push({ type: 'circle', cx: cellX(i), cy: mid, r: rr, fill: style.accent, stroke: null, strokeWidth: 0, opacity: 0.85 });
      const text = String(n);
      if (measure(text, style.bold, small) < rr * 2 - 2 && small < rr * 2 - 1) shapes.push(label(cellX(i), mid + small * 0.33, text, style.bold, small, '#ffffff', 'middle'));
    });
    const barWidth = Math.max(0.5, ((totalsWidth - numberWidth) * theme.total) / mostTotal);
    shapes.push({ type: 'rect', x: totalsX, y: mid - rowHeight * 0.18, width: barWidth, height: rowHeight * 0.36, fill: style.muted, stroke: null, strokeWidth: 0, opacity: 0.7 });
    shapes.push(label(totalsX + barWidth + 2, mid + small * 0.33, String(theme.total), style.face, small, style.text));
    y += rowHeight;
  });

  // Workgroup totals under their columns.
  shapes.push({ type: 'line', x1: 0, y1: y, x2: width, y2: y, stroke: style.muted, strokeWidth: 0.6, dash: null });
  y += smallLine;
  shapes.push(label(0, y, fit(data.words.total, style.bold, small, labelWidth, measure), style.bold, small, style.muted));
  data.workgroups.forEach((w, i) => shapes.push(label(cellX(i), y, String(w.total), style.bold, small, style.text, 'middle')));
  y += smallLine * 1.6;
  y = legend(shapes, y, most, radius, width, style, measure, data.words.legend);
  return { height: y, shapes };
}

/** "Aantal items" and three sample circles (1, about half, the most), their numbers beside them. */
function legend(shapes: Shape[], top: number, most: number, radius: (n: number) => number, width: number, style: ChartStyle, measure: MeasureText, title: string): number {
  const samples = [...new Set([1, nice(most / 2), most])].filter((n) => n >= 1 && n <= most);
  const r = radius(most);
  const mid = top + r;
  let x = 0;
  const head = fit(title, style.bold, style.small, width / 3, measure);
  shapes.push(label(x, mid + style.small * 0.33, head, style.bold, style.small, style.muted));
  x += measure(head, style.bold, style.small) + style.size;
  for (const n of samples) {
    const rr = radius(n);
    shapes.push({ type: 'circle', cx: x + rr, cy: mid, r: rr, fill: style.accent, stroke: null, strokeWidth: 0, opacity: 0.85 });
    x += rr * 2 + 3;
    shapes.push(label(x, mid + style.small * 0.33, String(n), style.face, style.small, style.text));
    x += measure(String(n), style.face, style.small) + style.size;
  }
  return mid + r + 2;
}

/** A round number near `n`: 1, 2, 5, 10, 20, 50 … */
function nice(n: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, n)));
  const step = [1, 2, 5, 10].find((s) => s * power >= n * 0.75) ?? 10;
  return step * power;
}
