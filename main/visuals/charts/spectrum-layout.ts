/**
 * The spectrum as a unit chart: one row per role, three zones from formeel to
 * informeel, one dot per contributor, the count beside each cluster. Dots
 * shrink for a large project so the chart stays about as tall as it is wide.
 */
import type { MeasureText, Shape } from '../drawing.js';
import { gridOf, type Grid } from './dot-grid.js';
import type { Layout } from './layout.js';
import type { ChartStyle } from './style.js';
import { fit, label, wrap } from './text.js';
import type { SpectrumData } from './types.js';

export function layoutSpectrum(data: SpectrumData, width: number, style: ChartStyle, measure: MeasureText): Layout {
  const { size, small } = style;
  const line = size * 1.25;
  const gap = size * 0.8;
  const widest = Math.max(0, ...data.rows.map((r) => measure(r.label, style.face, size)));
  const labelWidth = Math.min(widest, width * 0.3);
  const countWidth = measure('000', style.face, small);
  const zonesLeft = labelWidth + gap;
  const zoneGap = 3;
  const zoneWidth = (width - zonesLeft - (data.positions.length - 1) * zoneGap) / data.positions.length;
  const dotsWidth = zoneWidth - countWidth - 8;
  const counts = data.rows.flatMap((r) => r.counts);
  const grid = gridOf(Math.max(1, ...counts), dotsWidth, data.rows.length, width * 0.62);
  const shapes: Shape[] = [];

  // Zone headings: the three positions, bold, over their zones.
  let y = line;
  const zoneX = (i: number): number => zonesLeft + i * (zoneWidth + zoneGap);
  data.positions.forEach((p, i) => {
    const total = data.rows.reduce((sum, r) => sum + r.counts[i]!, 0);
    shapes.push(label(zoneX(i) + zoneWidth / 2, y, fit(`${p.label} (${total})`, style.bold, size, zoneWidth - 4, measure), style.bold, size, style.positions[i]!, 'middle'));
  });
  shapes.push(label(0, y, fit(data.words.roles, style.bold, small, labelWidth, measure), style.bold, small, style.muted));
  y += size * 0.6;

  const rowHeights = data.rows.map((r) => Math.max(rowHeight(grid, Math.max(...r.counts)), line * labelLines(r.label) + 6));
  const top = y;
  const bottom = top + rowHeights.reduce((a, b) => a + b, 0);
  data.positions.forEach((_, i) => {
    shapes.push({ type: 'rect', x: zoneX(i), y: top, width: zoneWidth, height: bottom - top, fill: style.positionsLight[i]!, stroke: null, strokeWidth: 0 });
  });

  data.rows.forEach((row, r) => {
    const h = rowHeights[r]!;
    if (r > 0) shapes.push({ type: 'line', x1: 0, y1: y, x2: width, y2: y, stroke: style.rule, strokeWidth: 0.4, dash: null });
    const lines = wrap(row.label, style.face, size, labelWidth, 2, measure);
    const first = y + h / 2 - ((lines.length - 1) * line) / 2 + size * 0.35;
    lines.forEach((text, i) => shapes.push(label(0, first + i * line, text, style.face, size, style.text)));
    row.counts.forEach((n, i) => {
      if (n === 0) return;
      shapes.push(...dots(n, grid, zoneX(i) + 4, y + (h - rowHeight(grid, n)) / 2 + grid.pad, style.positions[i]!));
      shapes.push(label(zoneX(i) + zoneWidth - 4, y + h / 2 + small * 0.35, String(n), style.face, small, style.muted, 'end'));
    });
    y += h;
  });

  // The axis: what runs from left to right, with an arrow at both ends.
  y += size * 0.9;
  const x1 = zonesLeft;
  const x2 = width - 0.5;
  const head = 3.5;
  shapes.push({ type: 'line', x1, y1: y, x2, y2: y, stroke: style.muted, strokeWidth: 0.6, dash: null });
  shapes.push({ type: 'path', d: `M ${x1 + head} ${y - head / 1.6} L ${x1} ${y} L ${x1 + head} ${y + head / 1.6}`, fill: null, stroke: style.muted, strokeWidth: 0.6 });
  shapes.push({ type: 'path', d: `M ${x2 - head} ${y - head / 1.6} L ${x2} ${y} L ${x2 - head} ${y + head / 1.6}`, fill: null, stroke: style.muted, strokeWidth: 0.6 });
  y += small * 1.5;
  const axis = wrap(data.words.axis, style.face, small, x2 - x1, 2, measure);
  axis.forEach((text, i) => shapes.push(label((x1 + x2) / 2, y + i * small * 1.25, text, style.face, small, style.muted, 'middle')));
  shapes.push(label(0, y, fit(`${data.total} ${data.words.people}`, style.bold, small, labelWidth, measure), style.bold, small, style.muted));
  y += (axis.length - 1) * small * 1.25 + small * 0.4;
  return { height: y, shapes };

  function labelLines(text: string): number {
    return wrap(text, style.face, size, labelWidth, 2, measure).length;
  }
}

function rowHeight(grid: Grid, n: number): number {
  return Math.ceil(n / grid.columns) * grid.step - (grid.step - grid.diameter) + 2 * grid.pad;
}

function dots(n: number, grid: Grid, x: number, y: number, fill: `#${string}`): Shape[] {
  const r = grid.diameter / 2;
  return Array.from({ length: n }, (_, i) => ({
    type: 'circle' as const,
    cx: x + (i % grid.columns) * grid.step + r,
    cy: y + Math.floor(i / grid.columns) * grid.step + r,
    r,
    fill,
    stroke: null,
    strokeWidth: 0,
  }));
}
