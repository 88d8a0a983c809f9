/** Small helpers for benches: timing, percentiles and a report line against a target. */
import { performance } from 'node:perf_hooks';

export function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target: the value must be at most this. */
  target?: number;
}

/** Prints figures as an aligned table and returns whether every target was met. */
export function report(figures: Figure[]): boolean {
  let met = true;
  for (const f of figures) {
    const ok = f.target === undefined || f.value <= f.target;
    met &&= ok;
    const target = f.target === undefined ? '' : `target ≤ ${f.target} ${f.unit}  ${ok ? 'ok' : 'MISSED'}`;
    console.log(`${f.name.padEnd(44)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(9)} ${f.unit.padEnd(4)} ${target}`);
  }
  return met;
}
