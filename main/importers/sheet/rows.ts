/** Rows of a list → incoming items, one per row, by the column mapping. */
import { docFromPlainText, message, type MaterialKind } from '../../model/index.js';
import { draftItem } from '../draft.js';
import type { ContributorRef, IncomingItem, SessionRef } from '../plan.js';
import { rowSource } from '../source.js';
import { warning, type ImportWarning } from '../warnings.js';
import type { Mapping, SheetField } from './mapping.js';
import { consentOf, dutchDate, listOf, materialKindOf, parseDate, positionOf, roleOf } from './values.js';

export interface RowDefaults {
  kind: MaterialKind;
}

type Incoming = Omit<IncomingItem, 'duplicate'>;

/** Items from a list's rows below the header, the first of them row `first` of the sheet: one per row with a title or text. */
export function rowItems(
  headers: string[],
  rows: string[][],
  first: number,
  mapping: Mapping,
  defaults: RowDefaults,
  warnings: ImportWarning[],
): Incoming[] {
  const columns = new Map<SheetField, number>();
  headers.forEach((header, i) => {
    const field = mapping[header];
    if (field) columns.set(field, i);
  });
  // A list repeats the same few kinds, dates, names and themes thousands of times: each distinct cell is read once.
  const read = {
    kind: once(materialKindOf),
    role: once(roleOf),
    position: once(positionOf),
    consent: once(consentOf),
    date: once(parseDate),
    contributors: once((value: string) => listOf(value, false)),
    themes: once((value: string) => listOf(value, true)),
  };
  const items: Incoming[] = [];
  rows.forEach((cells, index) => {
    const row = first + index;
    if (!hasText(cells)) return;
    const cell = (field: SheetField): string => {
      const at = columns.get(field);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const title = cell('title');
    const text = cell('text');
    if (!title && !text) {
      warnings.push(warning('rowWithoutText', { row }));
      return;
    }
    const vocabulary = <T extends string>(field: SheetField, parse: (v: string) => T | null, fallback: T | null, vocab?: string): T | null => {
      const value = cell(field);
      if (!value) return fallback;
      const code = parse(value);
      if (code === null) {
        // The field and a vocabulary's fallback as catalogue keys: said in the reader's language (localParams).
        const shown: Record<string, string> = fallback === null ? { fallback: '—' } : vocab ? { fallbackKey: `${vocab}.${fallback}` } : { fallback };
        warnings.push(warning('unknownValue', { row, value, fieldKey: `import.field.${field}`, ...shown }));
        return fallback;
      }
      return code;
    };
    const kind = vocabulary('kind', read.kind, defaults.kind, 'materialKind')!;
    const role = vocabulary('role', read.role, null);
    const position = vocabulary('position', read.position, null);
    const consent = vocabulary('consent', read.consent, 'unknown', 'consent')!;
    const rawDate = cell('date');
    const date = rawDate ? read.date(rawDate) : null;
    if (rawDate && !date) warnings.push(warning('badDate', { row, value: rawDate }));
    const sessionTitle = cell('session') || (date ? message('nl', 'import.sessionTitle', { date: dutchDate(date) }) : '');
    const session: SessionRef | null = sessionTitle ? { title: sessionTitle.slice(0, 200), date, place: cell('place').slice(0, 120) } : null;
    const contributors: ContributorRef[] = read.contributors(cell('contributors')).map((name) => ({ name: name.slice(0, 120), role, position }));
    const source = rowSource(row);
    const item = draftItem(
      {
        kind,
        title: title || firstWords(text),
        body: docFromPlainText(paragraphsOf(text)),
        themes: read.themes(cell('themes')),
        consent,
        fields: kind === 'quote' && role ? { speakerRole: role } : {},
      },
      source,
      warnings,
    );
    items.push({ item, source, workgroup: cell('workgroup').slice(0, 120) || null, session, contributors });
  });
  return items;
}

/** Whether a row has a cell with text. */
export function hasText(row: string[]): boolean {
  return row.some((cell) => cell.trim());
}

/** `read` for each distinct value once; the answer for a repeated one comes from memory. */
function once<T>(read: (value: string) => T): (value: string) => T {
  const answers = new Map<string, T>();
  return (value) => {
    if (answers.has(value)) return answers.get(value)!;
    const answer = read(value);
    answers.set(value, answer);
    return answer;
  };
}

/** Each line of a cell is a paragraph: Excel users break lines within a cell with Alt+Enter. */
function paragraphsOf(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\n+/g, '\n\n');
}

/** A title made from the start of the text, cut at a word. */
function firstWords(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : max)}…`;
}
