/**
 * The trajectory's time scale: from the first of the first session's month to
 * the end of the last one's, with month ticks thinned (every 1, 2, 3, 6 or 12
 * months) until their labels no longer touch.
 */
import type { MeasureText } from '../drawing.js';
import type { ChartStyle } from './style.js';

export interface Tick {
  readonly x: number;
  readonly label: string;
  /** Set on January and the first tick: the year under the month. */
  readonly year: string | null;
}

export interface TimeScale {
  x(date: string): number;
  readonly ticks: readonly Tick[];
}

const day = 86_400_000;

export function timeScale(dates: readonly string[], left: number, right: number, months: readonly string[], style: ChartStyle, measure: MeasureText): TimeScale {
  const first = new Date(`${dates[0] ?? '2025-01-01'}T00:00:00Z`);
  const last = new Date(`${dates.at(-1) ?? '2025-12-31'}T00:00:00Z`);
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const span = Math.max(day, end - start);
  const x = (time: number): number => left + ((time - start) / span) * (right - left);
  const all: { time: number; month: number; year: number }[] = [];
  for (let t = new Date(start); t.getTime() <= end; t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1))) {
    all.push({ time: t.getTime(), month: t.getUTCMonth(), year: t.getUTCFullYear() });
  }
  const widest = Math.max(...months.map((m) => measure(m, style.face, style.small)));
  const monthWidth = (right - left) / Math.max(1, all.length - 1);
  const every = [1, 2, 3, 6, 12].find((n) => n * monthWidth >= widest + 6) ?? 12;
  const ticks = all
    .filter((t) => t.month % every === 0)
    .map((t, i) => ({ x: x(t.time), label: months[t.month] ?? '', year: i === 0 || t.month === 0 ? String(t.year) : null }));
  return { x: (date) => x(new Date(`${date}T12:00:00Z`).getTime()), ticks };
}
