// The body of the thread that parses a CSV file's text with csv-parse.
// csvBatches (csv-thread.ts) starts it from this function's source text, so
// that it runs the same from the esbuild bundles and from vitest's
// TypeScript: it may use nothing from outside itself but Node's built-in
// modules and csv-parse, loaded from the path it is given. Rows go back in
// batches as they are parsed, so the import's thread can draft items from
// the first ones while the rest are parsed.

export interface CsvOptions {
  readonly delimiter: string;
  readonly relax_column_count: boolean;
  readonly relax_quotes: boolean;
  readonly skip_empty_lines: boolean;
  readonly trim: boolean;
}

export interface CsvThreadData {
  /** Where csv-parse's synchronous API is, as resolved by the module that starts the thread. */
  readonly csvParse: string;
  readonly text: string;
  readonly options: CsvOptions;
  /** Rows per message. */
  readonly batch: number;
}

/** Rows parsed since the last message; `done` on the last one. Or why parsing failed, after the rows before it. */
export type CsvReply = { readonly rows: string[][]; readonly done: boolean } | { readonly error: string };

export function csvThread(): void {
  const { createRequire } = process.getBuiltinModule('node:module');
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const { csvParse, text, options, batch } = workerData as CsvThreadData;
  const { parse } = createRequire(csvParse)(csvParse) as {
    parse: (input: string, options: CsvOptions & { on_record: (record: string[]) => null }) => unknown;
  };
  const port = parentPort!;
  let rows: string[][] = [];
  try {
    parse(text, {
      ...options,
      // Each record is sent on, not kept: returning null leaves it out of parse's own result.
      on_record: (record) => {
        rows.push(record);
        if (rows.length === batch) {
          port.postMessage({ rows, done: false } satisfies CsvReply);
          rows = [];
        }
        return null;
      },
    });
    port.postMessage({ rows, done: true } satisfies CsvReply);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies CsvReply);
  }
}
