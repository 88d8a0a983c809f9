import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readPlainXlsx } from '../../../main/importers/sheet/plain-xlsx.js';
import { readWithExcelJs } from '../../../main/importers/sheet/xlsx.js';

async function bytesOf(workbook: ExcelJS.Workbook, options: Partial<ExcelJS.XlsxWriteOptions> = {}): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer(options));
}

/** A workbook with every kind of cell a list may hold, after an empty first sheet. */
function workbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Leeg');
  const sheet = book.addWorksheet('Materiaal');
  sheet.addRow(['Titel', 'Datum', 'Aantal', 'Klaar', 'Som', 'Tekst']);
  sheet.addRow([' De reünie ', new Date(Date.UTC(2017, 2, 15)), 3.25, true, { formula: 'C2*2', result: 6.5 }, 'A & B < C "D"']);
  sheet.addRow([
    { richText: [{ text: 'Vet ', font: { bold: true } }, { text: 'en gewoon' }] },
    { formula: 'DATE(2017,4,2)', result: new Date(Date.UTC(2017, 3, 2)) },
    { formula: '1/0', result: { error: '#DIV/0!' } },
    { formula: 'C2>1', result: true },
    { formula: '"tekst"&"je"', result: 'tekstje' },
    'regel één\nregel twee',
  ]);
  sheet.getCell('B2').numFmt = 'dd-mm-yyyy';
  sheet.getCell('B3').numFmt = 'd mmmm yyyy';
  sheet.getCell('C2').numFmt = '#,##0.00 "kg"';
  // An empty row between, then a row whose last cell is empty but styled (it still counts for the row's length).
  sheet.getRow(5).getCell(1).value = 'Na een lege rij';
  sheet.getRow(5).getCell(4).style = { font: { italic: true } };
  sheet.getRow(6).getCell(2).value = 12_345_678_901;
  return book;
}

describe('plain XLSX', () => {
  it('gives the rows exceljs gives, for shared and for inline strings', async () => {
    for (const useSharedStrings of [true, false]) {
      const bytes = await bytesOf(workbook(), { useSharedStrings });
      const plain = readPlainXlsx(bytes, 'lijst.xlsx');
      expect(plain).not.toBeNull();
      expect(plain).toEqual(await readWithExcelJs(bytes, 'lijst.xlsx'));
    }
  });

  it('reads the values as a list import needs them', async () => {
    const rows = readPlainXlsx(await bytesOf(workbook()), 'lijst.xlsx');
    expect(rows?.slice(0, 3)).toEqual([
      ['Titel', 'Datum', 'Aantal', 'Klaar', 'Som', 'Tekst'],
      ['De reünie', '2017-03-15', '3.25', 'true', '6.5', 'A & B < C "D"'],
      ['Vet en gewoon', '2017-04-02', '', 'true', 'tekstje', 'regel één\nregel twee'],
    ]);
    expect(rows?.[3]).toEqual(['Na een lege rij', '', '', '']);
  });

  it('leaves merged cells and hyperlinks to exceljs', async () => {
    const merged = workbook();
    merged.getWorksheet('Materiaal')!.mergeCells('A1:B1');
    expect(readPlainXlsx(await bytesOf(merged), 'lijst.xlsx')).toBeNull();
    const linked = workbook();
    linked.getWorksheet('Materiaal')!.getCell('A2').value = { text: 'site', hyperlink: 'https://example.org' };
    expect(readPlainXlsx(await bytesOf(linked), 'lijst.xlsx')).toBeNull();
  });
});
