/** On a terminal, one line on stderr that counts what an export has done ("PDF: 3 van 40 hoofdstukken…"); elsewhere quiet. */
import type { Io } from './io.js';

export function progressLine(io: Io, label: string, unit: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = '';
  return (done, total) => {
    const line = done >= total ? '' : `${label}: ${done} van ${total} ${unit}…`;
    if (line === last) return;
    io.err(`\r${line.padEnd(last.length)}${done >= total ? '\r' : ''}`);
    last = line;
  };
}
