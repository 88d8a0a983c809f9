/** A CSV file as rows of cells: encoding and separator detected (Excel in Dutch writes semicolons). */
import { parse } from 'csv-parse/sync';
import { UserError } from '../../model/index.js';
import { readInput } from '../input.js';
import { decodeCsv, type CsvEncoding } from './decode.js';

export interface CsvTable {
  rows: string[][];
  encoding: CsvEncoding;
  separator: string;
}

const separators = [';', ',', '\t'] as const;

export function readCsv(path: string): CsvTable {
  const { text, encoding } = decodeCsv(readInput(path), path);
  const separator = detectSeparator(text);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new UserError('importCorrupt', { path, format: 'CSV' }, (error as Error).message);
  }
  return { rows, encoding, separator };
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
