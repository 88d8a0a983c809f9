/** On a terminal, one line on stderr that counts what an export has done ("PDF: 3 van 40 hoofdstukken…"); elsewhere quiet. */
import { message, type MessageKey } from '../model/index.js';
import type { Io } from './io.js';

/** A progress sentence of the catalogue; its `{done}` and `{total}` are filled here, any other params by the caller. */
export type ProgressKey = Extract<MessageKey, `cli.progress.${string}`>;

export function progressLine(io: Io, key: ProgressKey, params: Record<string, string> = {}): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = '';
  return (done, total) => {
    const line = done >= total ? '' : message(io.locale, key, { ...params, done, total });
    if (line === last) return;
    io.err(`\r${line.padEnd(last.length)}${done >= total ? '\r' : ''}`);
    last = line;
  };
}
