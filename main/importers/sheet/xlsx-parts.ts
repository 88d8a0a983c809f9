/**
 * The workbook parts a plain XLSX needs besides its sheets, read as exceljs
 * reads them: the sheets in their order, the shared strings and which cell
 * styles show a number as a date. Each gives null for XML of a kind it does
 * not know, and the file goes to exceljs.
 */
import { attributesOf, scanXml } from './xml-scan.js';

/** A shared string: plain text, or the texts of its runs when it is rich text. */
export type SharedString = string | { runs: string[] };

export interface WorkbookInfo {
  /** The relationship ids of the sheets, in the workbook's order. */
  sheetIds: string[];
  /** Dates count from 1904 instead of 1900 (old Mac Excel). */
  date1904: boolean;
}

/** `_x000D_` and the like: how Office writes characters XML cannot hold, as exceljs decodes them in strings. */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Walks `xml` with `visit(path, attributes, selfClosing)` for each start tag (path: the open elements' names), and `text` for text. */
function walk(
  xml: string,
  visit: (path: string[], attributes: string, selfClosing: boolean) => boolean,
  text: (path: string[], text: string) => boolean = () => true,
): boolean {
  const path: string[] = [];
  return scanXml(xml, {
    open: (name, attributes, selfClosing) => {
      path.push(name);
      return visit(path, attributes, selfClosing);
    },
    close: (name) => path.pop() === name,
    text: (value) => text(path, value),
  });
}

export function readWorkbook(xml: string): WorkbookInfo | null {
  const info: WorkbookInfo = { sheetIds: [], date1904: false };
  const ok = walk(xml, (path, raw) => {
    if (path[0] !== 'workbook') return false;
    const where = path.join('/');
    if (where !== 'workbook/workbookPr' && where !== 'workbook/sheets/sheet') return true;
    const attributes = attributesOf(raw);
    if (!attributes) return false;
    if (where === 'workbook/workbookPr') info.date1904 = attributes.get('date1904') === '1';
    else info.sheetIds.push(attributes.get('r:id') ?? '');
    return true;
  });
  return ok ? info : null;
}

/** Relationship id → target, from a .rels part. */
export function readRelationships(xml: string): Map<string, string> | null {
  const targets = new Map<string, string>();
  const ok = walk(xml, (path, raw) => {
    if (path[0] !== 'Relationships') return false;
    if (path.length !== 2 || path[1] !== 'Relationship') return true;
    const attributes = attributesOf(raw);
    if (!attributes) return false;
    targets.set(attributes.get('Id') ?? '', attributes.get('Target') ?? '');
    return true;
  });
  return ok ? targets : null;
}

export function readSharedStrings(xml: string): SharedString[] | null {
  const strings: SharedString[] = [];
  const path: string[] = [];
  /** The texts of the current item's own `t`, and of its runs' `t`. */
  let plain: string[] = [];
  let runs: string[] = [];
  let runTexts = 0;
  let into: 'plain' | 'run' | null = null;
  const ok = scanXml(xml, {
    open: (name) => {
      path.push(name);
      const where = path.join('/');
      if (where === 'sst/si') {
        plain = [];
        runs = [];
      } else if (where === 'sst/si/t') {
        plain.push('');
        into = 'plain';
      } else if (where === 'sst/si/r') runTexts = 0;
      else if (where === 'sst/si/r/t') {
        // exceljs keeps the last of several texts in a run: not a file this reader takes.
        if (++runTexts > 1) return false;
        runs.push('');
        into = 'run';
      } else if (path.length === 3 && !['t', 'r', 'rPh', 'phoneticPr'].includes(name)) return false;
      else if (path.length === 4 && path[2] === 'r' && name !== 'rPr') return false;
      return path[0] === 'sst';
    },
    close: (name) => {
      const where = path.join('/');
      if (path.pop() !== name) return false;
      if (where === 'sst/si/t' || where === 'sst/si/r/t') into = null;
      else if (where === 'sst/si') {
        // Plain text or rich text; exceljs makes something else of an item with neither or both.
        if (plain.length === 1 && runs.length === 0) strings.push(decodeEscapes(plain[0]!));
        else if (plain.length === 0 && runs.length > 0) strings.push({ runs: runs.map(decodeEscapes) });
        else return false;
      }
      return true;
    },
    text: (text) => {
      if (into === 'plain') plain[plain.length - 1] += text;
      else if (into === 'run') runs[runs.length - 1] += text;
      return true;
    },
  });
  return ok ? strings : null;
}

/** Whether a number format shows a date or time, by exceljs's rule: a date letter outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The formats of the built-in number format ids exceljs knows that show dates or times. */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style (`s` of a cell), whether it shows a number as a date. */
export function readDateStyles(xml: string): boolean[] | null {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  const ok = walk(xml, (path, raw) => {
    if (path[0] !== 'styleSheet') return false;
    const where = path.join('/');
    if (where !== 'styleSheet/numFmts/numFmt' && where !== 'styleSheet/cellXfs/xf') return true;
    const attributes = attributesOf(raw);
    if (!attributes) return false;
    const id = Number.parseInt(attributes.get('numFmtId') ?? '', 10);
    if (where === 'styleSheet/cellXfs/xf') formatIds.push(id);
    else {
      const code = attributes.get('formatCode');
      if (code === undefined) return false;
      // exceljs drops the backslash of an escaped character.
      custom.set(id, code.replace(/[\\](.)/g, '$1'));
    }
    return true;
  });
  if (!ok) return null;
  // As exceljs: no format for id 0 (or none); a custom format before a built-in one.
  return formatIds.map((id) => {
    if (!id) return false;
    const format = custom.get(id);
    return format !== undefined && format !== '' ? isDateFormat(format) : builtInDateFormats.has(id);
  });
}
