// How many threads V8 keeps beside an export's own. Node starts four whatever
// the machine, for its optimising compiler and its collector. A cold export
// keeps the compiler busy (some 1.2 s of compilation for the large project's
// PDF), and on two cores four such threads took the export's own thread from
// its core: with one, the benchmark's export ran some 9 % faster and the CLI's
// whole export 0.2 s faster (tests/bench/RESULTS.md, session 24). One core is
// left to the export's thread, the rest to V8, at most Node's four. A pool's
// size can only be given as Node starts: bin/bundel.js starts an export so.
import { availableParallelism } from 'node:os';

const NODE_DEFAULT = 4;

/** The Node options that fit V8's pool to `cores`; none where Node's default fits, or where the user gave a size. */
export function v8PoolOptions(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env['NODE_OPTIONS'] ?? '', cores = availableParallelism()): string[] {
  if ([...execArgv, ...nodeOptions.split(/\s+/u)].some((option) => option.startsWith('--v8-pool-size'))) return [];
  const size = Math.max(1, Math.min(NODE_DEFAULT, cores - 1));
  return size === NODE_DEFAULT ? [] : [`--v8-pool-size=${size}`];
}
