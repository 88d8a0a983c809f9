/**
 * csv-parse on a thread of its own: the rows of a large list come back in
 * batches while the rest are parsed, so drafting items from them (on the
 * import's thread) and parsing take about as long as the longer of the two,
 * not both in turn. The thread ends with the last batch, or when the reader
 * stops reading.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { csvThread, type CsvOptions, type CsvReply, type CsvThreadData } from './csv-worker.js';

/** Rows per batch: large enough that messages cost little, small enough that drafting starts early. */
const BATCH = 500;

/** Thrown with csv-parse's own message when the text is not CSV it can read. */
export class CsvParseError extends Error {}

export async function* csvBatches(text: string, options: CsvOptions): AsyncGenerator<string[][]> {
  const workerData: CsvThreadData = { csvParse: createRequire(thisModule()).resolve('csv-parse/sync'), text, options, batch: BATCH };
  const worker = new Worker(`(${csvThread.toString()})()`, { eval: true, workerData });
  const replies: CsvReply[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (reply: CsvReply) => {
    replies.push(reply);
    wakeUp();
  });
  worker.on('error', (error) => {
    failure ??= error;
    wakeUp();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the CSV thread exited with ${code}`);
    wakeUp();
  });
  try {
    for (;;) {
      const reply = replies.shift();
      if (reply === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if ('error' in reply) throw new CsvParseError(reply.error);
      yield reply.rows;
      if (reply.done) return;
    }
  } finally {
    void worker.terminate();
  }
}

/** The bundled CommonJS build (CLI, app) knows its file; the ES module sources (tests) their URL. */
function thisModule(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}
