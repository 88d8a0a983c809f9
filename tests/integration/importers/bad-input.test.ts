import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, preview } from '../../../main/importers/index.js';
import { emptyProject } from '../../../main/model/index.js';
import { createProject } from '../../../main/store/index.js';
import { fileHash } from '../../support/store-files.js';
import { userErrorOfAsync } from './async-error.js';
import { compoundFile, zipArchive } from './crafted.js';
import { convert, flatOdt } from './libreoffice.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-bad-import-'));
const project = path.join(dir, 'project.bundel');
const mammothData = path.resolve('node_modules/mammoth/test/test-data');
const file = (name: string, bytes: Uint8Array | string) => {
  const at = path.join(dir, name);
  writeFileSync(at, bytes);
  return at;
};

function bundel(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let legacyDoc: string;
beforeAll(() => {
  createProject(project, emptyProject('Onaangeroerd')).close();
  const odt = file('oud.fodt', flatOdt('<text:p>Een document in het oude formaat.</text:p>'));
  [legacyDoc] = convert([odt], 'doc:MS Word 97', dir);
});

/**
 * Each bad file is refused by `bundel import` with exit status 1, one Dutch
 * line naming what is wrong, and the project file byte for byte as it was.
 */
function refused(source: string, code: string, dutch: RegExp): void {
  const before = fileHash(project);
  const result = bundel('import', project, source);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(dutch);
  expect(result.stderr).toContain('Er is niets geïmporteerd');
  expect(fileHash(project)).toBe(before);
  expect(code).toMatch(/^import/);
}

async function codeOf(source: string): Promise<string> {
  const store = createProject(path.join(mkdtempSync(path.join(dir, 'p-')), 'p.bundel'), emptyProject('P'));
  try {
    return (await userErrorOfAsync(() => preview(store, source))).code;
  } finally {
    store.close();
  }
}

describe('bad input is refused with a clear Dutch message and changes nothing', () => {
  it('a password-protected Word file (an OLE container with EncryptionInfo)', async () => {
    const source = file('beveiligd.docx', compoundFile({ EncryptionInfo: new Uint8Array(64).fill(4), EncryptedPackage: new Uint8Array(4096).fill(7) }));
    expect(await codeOf(source)).toBe('importEncrypted');
    refused(source, 'importEncrypted', /met een wachtwoord beveiligd/);
  });

  it('a Word 97 .doc that LibreOffice wrote', async () => {
    expect(await codeOf(legacyDoc)).toBe('importLegacyFormat');
    refused(legacyDoc, 'importLegacyFormat', /oude Word 97-2003 \(\.doc\)-formaat/);
  });

  it('a file that is not a Word document at all, a cut-off one, and a zip without a document', async () => {
    const pdf = file('brief.docx', '%PDF-1.7\n1 0 obj << >> endobj\n');
    const half = readFileSync(path.join(mammothData, 'footnotes.docx'));
    const cut = file('afgekapt.docx', half.subarray(0, half.length >> 1));
    const notWord = file('geen-word.docx', readFileSync(path.join(mammothData, 'hello.zip')));
    for (const source of [pdf, cut, notWord]) {
      expect(await codeOf(source)).toBe('importCorrupt');
      refused(source, 'importCorrupt', /beschadigd of is geen Word-bestand/);
    }
  });

  it('zip bombs: declared sizes over the cap, too many entries, and an entry that inflates past what it declares', async () => {
    const declared = file('bom-groot.docx', zipArchive([{ name: 'word/document.xml', data: new Uint8Array(1000), declare: 300 * 1024 * 1024 }]));
    const many = file(
      'bom-veel.docx',
      zipArchive([{ name: 'word/document.xml', data: new Uint8Array(10) }, ...Array.from({ length: 6000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(1) }))]),
    );
    const lying = file('bom-liegt.docx', zipArchive([{ name: 'word/document.xml', data: new Uint8Array(10 * 1024 * 1024), declare: 1024 }]));
    expect(await codeOf(declared)).toBe('importTooLarge');
    expect(await codeOf(many)).toBe('importTooLarge');
    expect(await codeOf(lying)).toBe('importCorrupt');
    refused(declared, 'importTooLarge', /te groot om te importeren/);
  });

  it('a 200 MB file, refused before it is read', async () => {
    const huge = path.join(dir, 'enorm.docx');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024);
    expect(await codeOf(huge)).toBe('importTooLarge');
    refused(huge, 'importTooLarge', /te groot om te importeren \(200 MB; de grens is 100 MB\)/);
  });

  it('an empty sheet, an empty CSV and an empty Word document', async () => {
    const headerOnly = file('leeg.csv', 'Titel;Tekst\r\n;\r\n');
    const nothing = file('niets.csv', '');
    const emptyDocx = path.join(dir, 'empty.docx');
    copyFileSync(path.join(mammothData, 'empty.docx'), emptyDocx);
    for (const source of [headerOnly, nothing, emptyDocx]) {
      expect(await codeOf(source)).toBe('importEmpty');
      refused(source, 'importEmpty', /bevat niets om te importeren/);
    }
  });

  it('an Excel file whose workbook is not XML, and a workbook of empty sheets', async () => {
    const broken = file(
      'kapot.xlsx',
      zipArchive([
        { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('dit is geen xml <sheets') },
      ]),
    );
    expect(await codeOf(broken)).toBe('importCorrupt');
    refused(broken, 'importCorrupt', /kapot\.xlsx is beschadigd of is geen Excel-bestand/);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1');
    workbook.addWorksheet('Blad2').addRow(['Titel', 'Tekst']);
    const empty = path.join(dir, 'leeg.xlsx');
    await workbook.xlsx.writeFile(empty);
    expect(await codeOf(empty)).toBe('importEmpty');
    refused(empty, 'importEmpty', /bevat niets om te importeren/);
  });

  it('a CSV with mixed encodings (UTF-8 and Windows-1252 lines)', async () => {
    const mixed = file(
      'gemengd.csv',
      Buffer.concat([Buffer.from('Titel;Tekst\r\nCafé;Eerste regel\r\n', 'utf8'), Buffer.from('Reünie;Tweede regel\r\n', 'latin1')]),
    );
    expect(await codeOf(mixed)).toBe('importEncoding');
    refused(mixed, 'importEncoding', /gemengde tekencodering.*\(regel 3\)/);
  });

  it('a CSV with a quote opened and never closed, after rows that read well', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => `Verhaal ${i + 1};Een tekst over de buurt.`);
    const broken = file('kapot.csv', ['Titel;Tekst', ...rows, 'Laatste;"nooit gesloten'].join('\r\n'));
    const store = createProject(path.join(mkdtempSync(path.join(dir, 'p-')), 'p.bundel'), emptyProject('P'));
    const error = await userErrorOfAsync(() => preview(store, broken));
    store.close();
    expect(error).toMatchObject({ code: 'importCorrupt', detail: expect.stringContaining('Quoted field unterminated (row 1202)') });
    refused(broken, 'importCorrupt', /kapot\.csv is beschadigd of is geen CSV-bestand/);
  });

  it('images and other files are refused as material', async () => {
    const png = path.join(dir, 'foto.png');
    copyFileSync(path.join(mammothData, 'tiny-picture.png'), png);
    const gif = file('animatie.gif', 'GIF89a');
    const other = file('notities.pdf', '%PDF-1.7');
    expect(await codeOf(png)).toBe('importImage');
    expect(await codeOf(other)).toBe('importUnsupported');
    // `bundel import` adds a PNG, JPEG or SVG as a visual (tests/integration/cli/import-image.test.ts); other images it refuses.
    refused(gif, 'importImage', /geen PNG-, JPEG- of SVG-afbeelding/);
    refused(other, 'importUnsupported', /kan niet als materiaal worden geïmporteerd/);
  });
});

describe('an import is one transaction', () => {
  it('adds nothing when writing fails part-way', async () => {
    const source = file('twee.csv', 'Titel,Tekst,Werkgroep\r\nEen,Eerste tekst over de buurt.,Nieuwe groep\r\nTwee,Tweede tekst over iets anders.,Nieuwe groep\r\n');
    const store = createProject(path.join(mkdtempSync(path.join(dir, 'tx-')), 'tx.bundel'), emptyProject('Tx'));
    const plan = await preview(store, source);
    const put = store.material.putChecked;
    let calls = 0;
    store.material.putChecked = (item) => {
      if (++calls === 2) throw new Error('disk on fire');
      return put(item);
    };
    expect(() => applyImport(store, plan)).toThrow('disk on fire');
    store.material.putChecked = put;
    expect(store.counts()).toMatchObject({ material: 0, workgroups: 0 });
    store.close();
  });
});
