import type { Locale } from '../model/index.js';

/** Where a command writes, and in which language; tests and the main entry supply it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  locale: Locale;
}

export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
