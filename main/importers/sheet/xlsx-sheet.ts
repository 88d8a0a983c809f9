/**
 * One worksheet of a plain XLSX as rows of cell texts: the rows exceljs's
 * `eachRow` gives (those with a value) and the texts `cellText` in xlsx.ts
 * makes of its cells, up to the row's last cell (a styled empty cell counts, as
 * for exceljs). Null for a sheet this reader does not take: merged cells,
 * hyperlinks, a cell or row without its address, a formula without a value,
 * rich text in a cell, or any element it does not know where cells are.
 */
import { attributesOf, scanXml } from './xml-scan.js';
import type { SharedString } from './xlsx-parts.js';

export interface SheetContext {
  strings: SharedString[];
  /** Per cell style: whether it shows a number as a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

interface Cell {
  column: number;
  /** `t` of the cell. */
  type: string | undefined;
  style: number;
  /** The text of its `v` or its inline string; undefined when it has none. */
  value: string | undefined;
  formula: boolean;
}

/** exceljs's `utils.xmlDecode`, which it applies once more to formula strings. */
function xmlDecodeAgain(text: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (match) => entities[match] ?? match);
}

function columnOf(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return column;
}

/** The cell's text as `cellText` makes it of exceljs's value; null when exceljs would fail on it. */
function textOf(cell: Cell, context: SheetContext): string | null {
  const { type, value } = cell;
  if (value === undefined) return null;
  if (!cell.formula) {
    if (type === 's') {
      const shared = context.strings[Number.parseInt(value, 10)];
      if (shared === undefined) return null;
      return (typeof shared === 'string' ? shared : shared.runs.join('')).trim();
    }
    if (type === 'inlineStr') return value.trim();
  }
  if (type === 'str') return xmlDecodeAgain(value).trim();
  if (type === 'b') return String(Number.parseInt(value, 10) !== 0);
  if (type === 'e') return '';
  const number = Number.parseFloat(value);
  // A style 0 is no style to exceljs.
  if (cell.style && context.dateStyles[cell.style]) {
    const days = number - 25569 + (context.date1904 ? 1462 : 0);
    return new Date(Math.round(days * 24 * 3600 * 1000)).toISOString().slice(0, 10);
  }
  return String(number).trim();
}

export function readSheetRows(xml: string, context: SheetContext): string[][] | null {
  const rows: string[][] = [];
  const path: string[] = [];
  let lastRow = 0;
  let row: { number: number; texts: string[]; values: boolean; lastColumn: number } | null = null;
  let cell: Cell | null = null;
  /** Where text goes: the cell's value, its formula, or nowhere. */
  let into: 'value' | 'formula' | null = null;
  let formulaText = '';

  /** A cell in its row, at an address after the row's cells before it (as Office writes them). */
  const openCell = (raw: string): boolean => {
    const attributes = attributesOf(raw);
    const address = /^([A-Z]{1,3})([1-9]\d*)$/.exec(attributes?.get('r') ?? '');
    const style = attributes?.get('s');
    if (!attributes || !address || Number(address[2]) !== row!.number || (style !== undefined && !/^\d+$/.test(style))) return false;
    const column = columnOf(address[1]!);
    if (column <= row!.lastColumn) return false;
    row!.lastColumn = column;
    cell = { column, type: attributes.get('t'), style: style === undefined ? 0 : Number(style), value: undefined, formula: false };
    return true;
  };

  const ok = scanXml(xml, {
    open: (name, raw) => {
      path.push(name);
      const depth = path.length;
      if (depth === 1) return name === 'worksheet';
      if (depth === 2) return name !== 'mergeCells' && name !== 'hyperlinks';
      if (path[1] !== 'sheetData') return true;
      if (depth === 3) {
        const number = Number(attributesOf(raw)?.get('r'));
        if (name !== 'row' || !Number.isInteger(number) || number <= lastRow) return false;
        lastRow = number;
        row = { number, texts: [], values: false, lastColumn: 0 };
        return true;
      }
      if (depth === 4) return name === 'c' && openCell(raw);
      if (depth === 5 && (name === 'v' || name === 'is')) {
        into = name === 'v' ? 'value' : null;
        return true;
      }
      if (depth === 5 && name === 'f') {
        into = 'formula';
        formulaText = '';
        const shareType = attributesOf(raw)?.get('t');
        if (shareType) cell!.formula = true;
        return true;
      }
      if (depth === 6 && path[4] === 'is' && name === 't') {
        into = 'value';
        return true;
      }
      return false;
    },
    close: (name) => {
      const depth = path.length;
      if (path.pop() !== name) return false;
      if (depth <= 2 || path[1] !== 'sheetData') return true;
      if (depth >= 5) {
        if (name === 'f' && formulaText) cell!.formula = true;
        into = null;
      } else if (depth === 4) {
        const current: Cell | null = cell;
        cell = null;
        if (!current) return false;
        if (current.value === undefined && !current.formula) {
          // No value: with a style, an empty cell that counts towards the row's length; without, nothing (exceljs skips it).
          if (current.style) row!.texts[current.column - 1] = '';
          return true;
        }
        const text = textOf(current, context);
        if (text === null) return false;
        row!.texts[current.column - 1] = text;
        row!.values = true;
      } else if (depth === 3) {
        if (row!.values) rows.push(Array.from(row!.texts, (text) => text ?? ''));
        row = null;
      }
      return true;
    },
    text: (text) => {
      if (into === 'value') cell!.value = (cell!.value ?? '') + text;
      else if (into === 'formula') formulaText += text;
      return true;
    },
  });
  return ok ? rows : null;
}
