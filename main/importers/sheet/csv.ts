/**
 * A CSV file as rows of cells: encoding and separator detected (Excel in Dutch
 * writes semicolons). Papa Parse reads a list of 5,000 rows in a few tens of
 * milliseconds, an order faster than csv-parse, which needed a thread of its
 * own to keep the import within a second.
 */
import Papa from 'papaparse';
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
  const { data, errors } = Papa.parse<string[]>(withoutSpacesBeforeQuotes(text, separator), {
    delimiter: separator,
    // Blank lines are kept, so that rows keep the numbers Excel shows for them.
    skipEmptyLines: false,
    transform: (value) => value.trim(),
  });
  // A quote opened and never closed, or closed in the middle of a cell: the rest of the file would be misread.
  const broken = errors.find((error) => error.type === 'Quotes');
  if (broken) {
    // Rows are counted as a spreadsheet does, the header being row 1.
    const row = broken.row === undefined ? '' : ` (row ${broken.row + 1})`;
    throw new UserError('importCorrupt', { path, format: 'CSV' }, `${broken.message}${row}`);
  }
  return { rows: data, encoding, separator };
}

/**
 * The text with the spaces dropped that stand between a separator (or a line's
 * start) and the quote opening a cell, as in `Titel, "Ja, nee", Buurt`, which
 * people type and some tools write. Papa Parse takes such a cell for an unquoted
 * one and splits it at its separators, moving every cell after it one column on,
 * without an error; spaces after its closing quote are dropped too, which Papa
 * Parse refuses at a line's end. Only where the quoted cell closes before the
 * next separator or line end: a quote further in a cell (`3.5" diskette`) stays text.
 */
export function withoutSpacesBeforeQuotes(text: string, separator: string): string {
  const boundary = separator === '\t' ? '\\t\\r\\n' : `${separator}\\r\\n`;
  // Most files have no blank after a separator before a quote: they are not scanned.
  if (!new RegExp(`(?:^|[${boundary}])[ \\t]+"`).test(text)) return text;
  const blank = (char: string | undefined): boolean => char === ' ' || (char === '\t' && separator !== '\t');
  const cellEnd = new RegExp(`[${boundary}]`, 'g');
  const pieces: string[] = [];
  let kept = 0;
  // `start` is where a cell starts: the text's start, or just after a separator or line break.
  for (let start = 0; start < text.length; ) {
    let quote = start;
    while (blank(text[quote])) quote++;
    const close = text[quote] === '"' ? closingQuote(text, quote) : -1;
    let end = close + 1;
    while (close !== -1 && blank(text[end])) end++;
    if (close !== -1 && (end === text.length || text[end] === separator || text[end] === '\n' || text[end] === '\r')) {
      // The quoted cell is passed over whole (its separators and line breaks are text), the blanks around it left out.
      pieces.push(text.slice(kept, start), text.slice(quote, close + 1));
      kept = end;
      start = end + 1;
      continue;
    }
    cellEnd.lastIndex = start;
    const next = cellEnd.exec(text);
    if (next === null) break;
    start = next.index + 1;
  }
  pieces.push(text.slice(kept));
  return pieces.join('');
}

/** The quote that closes the cell opened at `open` (a doubled quote is a quote in the text), or -1. */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 2)) {
    if (text[at + 1] !== '"') return at;
  }
  return -1;
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
