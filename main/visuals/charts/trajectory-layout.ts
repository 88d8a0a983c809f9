/**
 * The trajectory: one lane per kind of session along a time axis, a dot per
 * session sized by its participants; places named beside the dots when
 * there are few sessions, and always ranked in bars underneath.
 */
import type { MeasureText, Shape } from '../drawing.js';
import type { Layout } from './layout.js';
import type { ChartStyle } from './style.js';
import { boxOf, fit, label, overlaps, type Box, type TextShape } from './text.js';
import { timeScale } from './time-axis.js';
import type { TrajectoryData } from './types.js';
import { placeBars } from './place-bars.js';

/** Up to this many sessions the timeline names their places; above it the bars say where. */
const namedPlaces = 20;

export function layoutTrajectory(data: TrajectoryData, width: number, style: ChartStyle, measure: MeasureText): Layout {
  const { size, small } = style;
  const shapes: Shape[] = [];
  const most = Math.max(1, ...data.sessions.map((s) => s.participants ?? 0));
  const rMax = 6.5;
  const radius = (n: number | null): number => (n === null ? 2.5 : Math.max(2.5, rMax * Math.sqrt(n / most)));
  const labelWidth = Math.min(width * 0.26, Math.max(0, ...data.kinds.map((k) => measure(k.label, style.face, size))));
  const left = labelWidth + size + rMax;
  const right = width - rMax - 1;
  const scale = timeScale(data.sessions.map((s) => s.date), left, right, data.words.months, style, measure);
  const withPlaces = data.sessions.length <= namedPlaces;
  const lane = withPlaces ? rMax * 2 + 2 * (small + 4) : Math.max(rMax * 2 + 6, size * 2.2);

  let y = legend(shapes, most, radius, width, style, measure, data.words.participants);
  const top = y;
  const taken: Box[] = [];
  data.kinds.forEach((kind, k) => {
    const mid = y + lane / 2;
    shapes.push({ type: 'line', x1: left - rMax, y1: mid, x2: right + rMax, y2: mid, stroke: style.rule, strokeWidth: 0.5, dash: null });
    const laneLabel = label(0, mid + size * 0.33, fit(kind.label, style.face, size, labelWidth, measure), style.face, size, style.text);
    shapes.push(laneLabel);
    taken.push(boxOf(laneLabel, measure));
    const color = style.palette[k % style.palette.length]!;
    for (const s of data.sessions.filter((x) => x.kind === kind.key)) {
      const cx = scale.x(s.date);
      const r = radius(s.participants);
      shapes.push({ type: 'circle', cx, cy: mid, r, fill: color, stroke: '#ffffff', strokeWidth: 0.5, opacity: 0.85 });
      if (withPlaces && s.place !== '') placeName(s.place, cx, mid);
    }
    y += lane;
  });

  /** The place above the dot, or below it when that is taken; left out when both are. */
  function placeName(place: string, cx: number, mid: number): void {
    const text = fit(place, style.face, small, width * 0.2, measure);
    for (const baseline of [mid - rMax - 2.5, mid + rMax + small * 0.8 + 2]) {
      const candidate = inside(label(cx, baseline, text, style.face, small, style.muted, 'middle'));
      const box = boxOf(candidate, measure);
      if (text !== '' && !taken.some((b) => overlaps(b, box, 3))) {
        taken.push(box);
        shapes.push(candidate);
        return;
      }
    }
  }

  /** A label moved sideways just enough to stay within the drawing. */
  function inside(text: TextShape): TextShape {
    const box = boxOf(text, measure);
    if (box.x < 0) return { ...text, x: text.x - box.x };
    if (box.x + box.width > width) return { ...text, x: text.x - (box.x + box.width - width) };
    return text;
  }

  // The time axis under the lanes.
  shapes.push({ type: 'line', x1: left - rMax, y1: y, x2: right + rMax, y2: y, stroke: style.muted, strokeWidth: 0.6, dash: null });
  for (const tick of scale.ticks) {
    shapes.push({ type: 'line', x1: tick.x, y1: top, x2: tick.x, y2: y + 3, stroke: style.rule, strokeWidth: 0.4, dash: [1.5, 1.5] });
    shapes.push(label(tick.x, y + small * 1.3, tick.label, style.face, small, style.text, tick.x < left + 8 ? 'start' : 'middle'));
    if (tick.year !== null) shapes.push(label(tick.x, y + small * 2.6, tick.year, style.bold, small, style.muted, tick.x < left + 8 ? 'start' : 'middle'));
  }
  y += small * 2.6 + size * 1.8;
  y = placeBars(shapes, data.places, { title: data.words.places, others: data.words.otherPlaces }, y, width, style, measure);
  return { height: y, shapes };
}

/** The size key above the lanes, at the right: small, middle and large dots with their participants. */
function legend(shapes: Shape[], most: number, radius: (n: number | null) => number, width: number, style: ChartStyle, measure: MeasureText, word: string): number {
  const samples = [...new Set([Math.max(1, Math.round(most / 8)), Math.round(most / 2), most])];
  const mid = style.small * 0.5 + radius(most);
  let x = width - measure(word, style.face, style.small);
  shapes.push(label(x, mid + style.small * 0.33, word, style.face, style.small, style.muted));
  for (const n of [...samples].reverse()) {
    const text = String(n);
    x -= measure(text, style.face, style.small) + 4;
    shapes.push(label(x, mid + style.small * 0.33, text, style.face, style.small, style.muted));
    const r = radius(n);
    x -= r + 2;
    shapes.push({ type: 'circle', cx: x, cy: mid, r, fill: null, stroke: style.muted, strokeWidth: 0.6 });
    x -= r + 6;
  }
  return mid + radius(most) + style.size * 0.5;
}
