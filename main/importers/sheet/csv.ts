/** A CSV file as rows of cells: encoding and separator detected (Excel in Dutch writes semicolons). */
import { UserError } from '../../model/index.js';
import { readInput } from '../input.js';
import { csvBatches, CsvParseError } from './csv-thread.js';
import { decodeCsv, type CsvEncoding } from './decode.js';

export interface CsvTable {
  /** The rows in batches, parsed on a thread of their own while the first batches are used. */
  batches: AsyncIterable<string[][]>;
  encoding: CsvEncoding;
  separator: string;
}

const separators = [';', ',', '\t'] as const;

export function readCsv(path: string): CsvTable {
  const { text, encoding } = decodeCsv(readInput(path), path);
  const separator = detectSeparator(text);
  const options = { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true };
  return { batches: reportingBadCsv(csvBatches(text, options), path), encoding, separator };
}

async function* reportingBadCsv(batches: AsyncIterable<string[][]>, path: string): AsyncGenerator<string[][]> {
  try {
    yield* batches;
  } catch (error) {
    if (error instanceof CsvParseError) throw new UserError('importCorrupt', { path, format: 'CSV' }, error.message);
    throw error;
  }
}

/** The separator that occurs most in the header line, outside quotes; a comma when none does. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(separators.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}
