import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, preview, sourceText } from '../../../main/importers/index.js';
import { emptyProject, plainText } from '../../../main/model/index.js';
import { createProject, openProject, type ProjectStore } from '../../../main/store/index.js';
import { userErrorOfAsync } from './async-error.js';
import { convert, hasCalc } from './libreoffice.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-sheet-'));
let count = 0;
function project(): ProjectStore {
  return createProject(path.join(dir, `p${++count}.bundel`), emptyProject('Test'));
}

const rows = [
  ['Titel', 'Soort', 'Tekst', 'Werkgroep', 'Bijeenkomst', 'Datum', 'Plaats', 'Bijdrager', 'Rol', 'Positie', 'Toestemming', "Thema's"],
  ['De reünie', 'verhaal', 'Café De Zwaan liep vol; iedereen wist het nog.', 'Zorgzame buurt', 'Focusgroep maart', '15-03-2017', 'Gorinchem', 'Joke Bakker', 'mantelzorger', 'informeel', 'gegeven', 'ontmoeting, eenzaamheid'],
  ['Wie beslist?', 'Dilemma', 'Enerzijds de wens van de cliënt, anderzijds de zorg van de buren.', 'Zorgzame buurt', 'Focusgroep maart', '15-03-2017', 'Gorinchem', 'Piet Smit', 'sociaal professional', 'formeel', 'gevraagd', 'regie'],
  ['Samen koken', 'practiceExample', 'Elke dinsdag koken vrijwilligers met bewoners in het buurthuis.', 'Werkgroep Eten', '', '2-4-2017', '', '', '', '', 'given', ''],
];

function csv(cells: string[][], separator: string): string {
  return cells.map((row) => row.map((c) => (c.includes(separator) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(separator)).join('\r\n');
}

function expectRows(store: ProjectStore): void {
  const items = store.material.list();
  expect(items.map((m) => [m.title, m.kind, m.consent])).toEqual([
    ['De reünie', 'story', 'given'],
    ['Wie beslist?', 'dilemma', 'requested'],
    ['Samen koken', 'practiceExample', 'given'],
  ]);
  expect(plainText(items[0]!.body)).toBe('Café De Zwaan liep vol; iedereen wist het nog.');
  expect(items[0]!.themes).toEqual(['ontmoeting', 'eenzaamheid']);
  const sessions = store.sessions.list();
  expect(sessions.map((s) => [s.title, s.date, s.place])).toEqual([
    ['Focusgroep maart', '2017-03-15', 'Gorinchem'],
    ['Bijeenkomst van 02-04-2017', '2017-04-02', ''],
  ]);
  expect(items[0]!.provenance.sessionId).toBe(items[1]!.provenance.sessionId);
  expect(store.workgroups.list().map((w) => w.name)).toEqual(['Zorgzame buurt', 'Werkgroep Eten']);
  const joke = store.contributors.list().find((c) => c.name === 'Joke Bakker')!;
  expect(joke).toMatchObject({ role: 'informalCarer', position: 'informal' });
  expect(items[0]!.provenance.contributorIds).toEqual([joke.id]);
  expect(store.check().ok).toBe(true);
}

describe('list import', () => {
  it('imports cells with control characters (pasted from a PDF) as the text a reader sees', async () => {
    const file = path.join(dir, 'stuurtekens.csv');
    const pasted = [rows[0]!, ['De\x07 reünie\x0B', 'verhaal', 'Café\x0CDe Zwaan\x00 liep vol; half \uD83D paar.', 'Zorgzame\x1B buurt', '', '', '', '', '', '', 'gegeven', 'ontmoeting\x02']];
    writeFileSync(file, csv(pasted, ','), 'utf8');
    const store = project();
    const plan = await preview(store, file);
    expect(plan.items.map((i) => i.item.title)).toEqual(['De reünie']);
    applyImport(store, plan);
    const [item] = store.material.list();
    expect(plainText(item!.body)).toBe('Café De Zwaan liep vol; half \uFFFD paar.');
    expect(item!.themes).toEqual(['ontmoeting']);
    expect(store.workgroups.list().map((w) => w.name)).toEqual(['Zorgzame buurt']);
    store.close();
  });

  it('reads UTF-8 CSV with commas', async () => {
    const file = path.join(dir, 'utf8-komma.csv');
    writeFileSync(file, csv(rows, ','), 'utf8');
    const store = project();
    const plan = await preview(store, file);
    expect(plan.sheet).toMatchObject({ encoding: 'utf-8', separator: ',', remembered: false });
    applyImport(store, plan);
    expectRows(store);
    store.close();
  });

  it('reads UTF-8 CSV with a BOM and semicolons, as Excel writes "CSV UTF-8"', async () => {
    const file = path.join(dir, 'utf8-bom.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(rows, ';'), 'utf8')]));
    const store = project();
    const plan = await preview(store, file);
    expect(plan.sheet).toMatchObject({ encoding: 'utf-8', separator: ';' });
    applyImport(store, plan);
    expectRows(store);
    store.close();
  });

  it('reads Windows-1252 CSV with semicolons, as a Dutch Excel writes by default', async () => {
    const file = path.join(dir, 'ansi.csv');
    writeFileSync(file, Buffer.from(csv(rows, ';'), 'latin1'));
    const store = project();
    const plan = await preview(store, file);
    expect(plan.sheet).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    applyImport(store, plan);
    expectRows(store);
    store.close();
  });

  // Needs libreoffice-calc-nogui next to the writer in CI's package list.
  it.skipIf(!hasCalc())('reads an XLSX that LibreOffice Calc wrote from the CSV', async () => {
    const source = path.join(dir, 'lijst.csv');
    writeFileSync(source, csv(rows, ','), 'utf8');
    const xlsxDir = mkdtempSync(path.join(dir, 'xlsx-'));
    const [xlsx] = convert([source], 'xlsx', xlsxDir, 'CSV:44,34,76,1');
    const store = project();
    const plan = await preview(store, xlsx!);
    expect(plan.format).toBe('xlsx');
    applyImport(store, plan);
    expectRows(store);
    store.close();
  });

  it('reads an XLSX with date cells, numbers, a formula, rich text and an empty first sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Leeg');
    const sheet = workbook.addWorksheet('Materiaal');
    sheet.addRow(['Titel', 'Tekst', 'Datum', 'Bijeenkomst']);
    sheet.addRow(['Samen koken', { richText: [{ text: 'Elke ' }, { font: { bold: true }, text: 'dinsdag' }, { text: ' koken zij.' }] }, new Date(Date.UTC(2017, 3, 2)), '']);
    sheet.addRow([{ formula: '"Bus"&"je"', result: 'Busje' }, 42, '15-03-2017', 'Focusgroep maart']);
    const file = path.join(dir, 'soorten.xlsx');
    await workbook.xlsx.writeFile(file);
    const store = project();
    const plan = await preview(store, file);
    expect(plan.items.map((i) => [i.item.title, plainText(i.item.body), i.session])).toEqual([
      ['Samen koken', 'Elke dinsdag koken zij.', { title: 'Bijeenkomst van 02-04-2017', date: '2017-04-02', place: '' }],
      ['Busje', '42', { title: 'Focusgroep maart', date: '2017-03-15', place: '' }],
    ]);
    store.close();
  });

  it('numbers rows as the sheet shows them, blank rows above the header and between the rows counted', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Materiaal');
    sheet.getCell('B3').value = 'Titel';
    sheet.getCell('C3').value = 'Soort';
    sheet.getCell('B4').value = 'Een';
    sheet.getCell('C4').value = 'verhaal';
    sheet.getCell('B6').value = 'Twee';
    sheet.getCell('C6').value = 'gedicht';
    const xlsx = path.join(dir, 'witregels.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const csvFile = path.join(dir, 'witregels.csv');
    writeFileSync(csvFile, ';;\r\n;;\r\n;Titel;Soort\r\n;Een;verhaal\r\n;;\r\n;Twee;gedicht\r\n');
    for (const file of [xlsx, csvFile]) {
      const store = project();
      const plan = await preview(store, file);
      expect(plan.items.map((i) => [i.item.title, sourceText('nl', i.source)])).toEqual([
        ['Een', 'rij 4'],
        ['Twee', 'rij 6'],
      ]);
      expect(plan.warnings).toContainEqual(expect.objectContaining({ code: 'unknownValue', params: expect.objectContaining({ row: 6, value: 'gedicht' }) }));
      store.close();
    }
  });

  it('uses a mapping file, remembers the mapping for these headers, and says so next time', async () => {
    const file = path.join(dir, 'eigen-koppen.csv');
    writeFileSync(file, csv([['Kop', 'Verhaal', 'Groep', 'Notitie'], ['Op de fiets', 'Met de duofiets naar de markt.', 'Samen op pad', 'intern']], ';'));
    const store = project();
    const first = await preview(store, file, { mapping: { Kop: 'titel', Verhaal: 'text', Groep: 'werkgroep' } });
    expect(first.sheet?.mapping).toEqual({ Kop: 'title', Verhaal: 'text', Groep: 'workgroup', Notitie: null });
    expect(first.warnings).toEqual([{ code: 'unmappedColumn', params: { header: 'Notitie' } }]);
    applyImport(store, first);
    store.close();

    writeFileSync(file, csv([['Kop', 'Verhaal', 'Groep', 'Notitie'], ['Naar de markt', 'Weer met de duofiets, nu in de regen.', 'Samen op pad', '']], ';'));
    const reopened = openProject(store.path);
    const second = await preview(reopened, file);
    expect(second.sheet).toMatchObject({ remembered: true, mapping: first.sheet!.mapping });
    applyImport(reopened, second);
    expect(reopened.material.list().map((m) => m.title)).toEqual(['Op de fiets', 'Naar de markt']);
    expect(reopened.workgroups.list()).toHaveLength(1);
    reopened.close();
  });

  it('falls back and warns for values it does not know', async () => {
    const file = path.join(dir, 'onbekend.csv');
    writeFileSync(file, csv([['Title', 'Kind', 'Text', 'Date', 'Consent'], ['Iets', 'gedicht', 'Een tekst.', '31-02-2017', 'misschien'], ['', '', '', '', '']], ','));
    const store = project();
    const plan = await preview(store, file, { kind: 'quote' });
    expect(plan.items[0]!.item).toMatchObject({ kind: 'quote', consent: 'unknown' });
    expect(plan.warnings.map((w) => w.code)).toEqual(['unknownValue', 'unknownValue', 'badDate']);
    store.close();
  });

  it('reads a long list in file order and names its rows as a spreadsheet does', async () => {
    const file = path.join(dir, 'lang.csv');
    const rows = Array.from({ length: 1_600 }, (_, i) => [`Verhaal ${i + 1}`, i === 1_233 ? 'gedicht' : 'verhaal', `Tekst ${i + 1}.`]);
    writeFileSync(file, csv([['Titel', 'Soort', 'Tekst'], ...rows], ';'));
    const store = project();
    const plan = await preview(store, file);
    expect(plan.items.map((i) => i.item.title)).toEqual(rows.map((r) => r[0]));
    expect(plan.items[498]!.source).toEqual({ sourceKey: 'import.source.row', row: 500 });
    expect(plan.items.map((i) => sourceText('nl', i.source)).slice(498, 502)).toEqual(['rij 500', 'rij 501', 'rij 502', 'rij 503']);
    expect(plan.items.map((i) => sourceText('en', i.source)).slice(498, 502)).toEqual(['row 500', 'row 501', 'row 502', 'row 503']);
    expect(plan.warnings).toMatchObject([{ code: 'unknownValue', params: { row: 1_235, value: 'gedicht' } }]);
    store.close();
  });

  it('reads quoted cells with separators, doubled quotes and line breaks, and a stray quote inside a cell', async () => {
    const file = path.join(dir, 'aanhalingen.csv');
    const text = ['Titel;Tekst;Werkgroep', '"Zij zei: ""Kom maar""";"Eerste alinea; met puntkomma.', 'Tweede alinea.";Buurt', 'Een 3,5" diskette;Oud maar bewaard.;  Buurt  '];
    writeFileSync(file, text.join('\r\n'), 'utf8');
    const store = project();
    const plan = await preview(store, file);
    expect(plan.items.map((i) => [i.item.title, plainText(i.item.body), i.workgroup, sourceText('nl', i.source)])).toEqual([
      ['Zij zei: "Kom maar"', 'Eerste alinea; met puntkomma.\nTweede alinea.', 'Buurt', 'rij 2'],
      ['Een 3,5" diskette', 'Oud maar bewaard.', 'Buurt', 'rij 3'],
    ]);
    store.close();
  });

  it('reads a quoted cell after a separator and a space as one cell, as people type it', async () => {
    const file = path.join(dir, 'spaties.csv');
    const text = ['Titel, Tekst, Werkgroep', 'De buurtbus, "Elke donderdag, zo vaak als het kan, rijdt de bus.", Wijk en netwerk', 'Een oude diskette, 3.5" en nog leesbaar, "Buurt, oost" '];
    writeFileSync(file, text.join('\r\n'), 'utf8');
    const store = project();
    const plan = await preview(store, file);
    expect(plan.items.map((i) => [i.item.title, plainText(i.item.body), i.workgroup])).toEqual([
      ['De buurtbus', 'Elke donderdag, zo vaak als het kan, rijdt de bus.', 'Wijk en netwerk'],
      ['Een oude diskette', '3.5" en nog leesbaar', 'Buurt, oost'],
    ]);
    store.close();
  });

  it('flags rows that repeat one another or an existing item', async () => {
    const text = 'Op woensdagmiddag schuiven buurtbewoners aan bij de kookclub in het wijkcentrum en eten samen met elkaar';
    const file = path.join(dir, 'dubbel.csv');
    writeFileSync(file, csv([['Titel', 'Tekst'], ['Kookclub', text], ['Kookclub (kopie)', `${text}.`], ['Iets anders', 'Een heel ander verhaal over de buurtbus.']], ','));
    const store = project();
    const plan = await preview(store, file);
    expect(plan.items.map((i) => i.duplicate?.title ?? null)).toEqual([null, 'Kookclub', null]);
    expect(plan.items[1]!.duplicate).toMatchObject({ of: 'incoming', similarity: 1 });
    const result = applyImport(store, plan);
    expect(result.imported.map((i) => i.title)).toEqual(['Kookclub', 'Iets anders']);
    expect(result.skippedDuplicates.map((i) => i.title)).toEqual(['Kookclub (kopie)']);

    const again = await preview(store, file);
    expect(again.items.map((i) => i.duplicate?.of)).toEqual(['existing', 'existing', 'existing']);
    expect(applyImport(store, again, { keepDuplicates: true }).imported).toHaveLength(3);
    store.close();
  });

  it('refuses a mapping that names a column the file does not have', async () => {
    const file = path.join(dir, 'map.csv');
    writeFileSync(file, csv([['Titel', 'Tekst'], ['a', 'b']], ','));
    const store = project();
    const error = await userErrorOfAsync(() => preview(store, file, { mapping: { Kolom: 'title' } }));
    expect(error.code).toBe('importMapping');
    store.close();
  });
});
