import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProject } from '../../../main/model/index.js';
import { createProject, openProject } from '../../../main/store/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-import-cli-'));
const mammothData = path.resolve('node_modules/mammoth/test/test-data');
let count = 0;

function bundel(...args: string[]) {
  return bundelIn('', ...args);
}

/** The command as a reader of `lang` runs it ('' for the default, Dutch). */
function bundelIn(lang: '' | 'nl' | 'en', ...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8', env: { ...process.env, BUNDEL_LANG: lang } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The report of `bundel import --json`, checked to have succeeded. */
function importJson(lang: '' | 'en', ...args: string[]) {
  const result = bundelIn(lang, 'import', newProject(), ...args, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    imported: { title: string; source: string; sourceParams: Record<string, string | number> }[];
    warnings: { code: string; params: Record<string, string | number>; message: string }[];
  };
}

/** A title too long for an item: it is shortened, with a warning that names where it stood. */
const longTitle = `Over de markt ${'en nog een keer over de markt '.repeat(8)}`.trim();

function newProject(): string {
  const file = path.join(dir, `p${++count}.bundel`);
  createProject(file, emptyProject('CLI')).close();
  return file;
}

describe('bundel import', () => {
  it('imports a Word document with a Dutch kind and a workgroup, and skips it as a duplicate the second time', () => {
    const project = newProject();
    const doc = path.join(dir, 'footnotes.docx');
    copyFileSync(path.join(mammothData, 'footnotes.docx'), doc);
    const first = bundel('import', project, doc, '--kind', 'praktijkvoorbeeld', '--workgroup', 'Werkgroep Wonen');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 item geïmporteerd uit');
    expect(first.stdout).toContain('+ footnotes (praktijkvoorbeeld)');
    expect(first.stdout).toContain('Nieuw: Werkgroep Wonen.');

    const second = bundel('import', project, doc, '--json');
    expect(second.code, second.stderr).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.imported).toEqual([]);
    expect(report.skippedDuplicates).toMatchObject([{ title: 'footnotes', duplicate: { of: 'existing', similarity: 1 } }]);

    const kept = bundel('import', project, doc, '--keep-duplicates', '--kind', 'dilemma');
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/lijkt op „footnotes” \(100%\), toch geïmporteerd/);
    const store = openProject(project, { readOnly: true });
    expect(store.material.list().map((m) => m.kind)).toEqual(['practiceExample', 'dilemma']);
    store.close();
  });

  it('imports a semicolon CSV with a mapping file and reports the columns', () => {
    const project = newProject();
    const list = path.join(dir, 'lijst.csv');
    writeFileSync(list, 'Onderwerp;Verhaal;Wie\r\nDe buurtbus;Elke donderdag rijdt de bus langs de flat.;Kees Visser\r\n', 'latin1');
    const mapping = path.join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ Onderwerp: 'titel', Verhaal: 'tekst', Wie: 'bijdrager' }));
    const result = bundel('import', project, list, '--mapping', mapping);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Kolommen: Onderwerp → titel, Verhaal → tekst, Wie → bijdrager');
    expect(result.stdout).toContain('Nieuw: Kees Visser.');
    const again = bundel('import', project, list, '--json');
    expect(JSON.parse(again.stdout).sheet).toMatchObject({ remembered: true, separator: ';', encoding: 'utf-8' });
  });

  it('names the row each item came from in the reader’s language, in its report and its warnings', () => {
    const list = path.join(dir, 'rijen.csv');
    writeFileSync(list, `Titel,Tekst\r\nDe buurtbus,Elke donderdag rijdt de bus langs de flat.\r\n${longTitle},Op zaterdag staan de kramen op het plein.\r\n`);

    const dutch = bundel('import', newProject(), list);
    expect(dutch.code, dutch.stderr).toBe(0);
    expect(dutch.stdout).toContain('Let op: rij 3: de titel is ingekort tot 200 tekens.');
    const english = bundelIn('en', 'import', newProject(), list);
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toContain('Note: row 3: the title was shortened to 200 characters.');
    expect(english.stdout).not.toMatch(/rij \d/);

    const inDutch = importJson('', list);
    expect(inDutch.imported.map((i) => i.source)).toEqual(['rij 2', 'rij 3']);
    expect(inDutch.warnings.map((w) => w.message)).toEqual(['rij 3: de titel is ingekort tot 200 tekens.']);
    const inEnglish = importJson('en', list);
    expect(inEnglish.imported.map((i) => [i.source, i.sourceParams])).toEqual([
      ['row 2', { sourceKey: 'import.source.row', row: 2 }],
      ['row 3', { sourceKey: 'import.source.row', row: 3 }],
    ]);
    expect(inEnglish.warnings).toEqual([
      { code: 'titleShortened', params: { sourceKey: 'import.source.row', row: 3 }, message: 'row 3: the title was shortened to 200 characters.' },
    ]);
  });

  it('names an unknown value’s field and what was used instead in the reader’s language', () => {
    const list = path.join(dir, 'soorten.csv');
    writeFileSync(list, 'Titel,Soort,Tekst\r\nHet gedicht van de buurt,gedicht,Rozen bij de lift.\r\n');
    expect(importJson('', list).warnings.map((w) => w.message)).toEqual(['Rij 2: „gedicht” is geen bekende soort; verhaal gebruikt.']);
    expect(importJson('en', list).warnings.map((w) => w.message)).toEqual(['Row 2: “gedicht” is not a known kind; story used.']);
  });

  it('names the heading each item came from in the reader’s language, with English quotation marks in English', async () => {
    const doc = path.join(dir, 'koppen.docx');
    const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    const children = [
      heading('De buurtbus'),
      new Paragraph('Elke donderdag rijdt de bus langs de flat, en de chauffeur kent iedereen bij naam.'),
      heading(longTitle),
      new Paragraph('Op zaterdag staan de kramen op het plein, en wie niet kan lopen wordt gebracht.'),
    ];
    writeFileSync(doc, await Packer.toBuffer(new Document({ sections: [{ children }] })));

    const inDutch = importJson('', doc, '--split-headings');
    expect(inDutch.imported.map((i) => i.source)).toEqual(['1. kop „De buurtbus”', `2. kop „${longTitle}”`]);
    expect(inDutch.warnings.map((w) => w.message)).toEqual([`kop „${longTitle}”: de titel is ingekort tot 200 tekens.`]);
    const inEnglish = importJson('en', doc, '--split-headings');
    expect(inEnglish.imported.map((i) => [i.source, i.sourceParams])).toEqual([
      ['1. heading “De buurtbus”', { sourceKey: 'import.source.headingPart', heading: 'De buurtbus', part: 1 }],
      [`2. heading “${longTitle}”`, { sourceKey: 'import.source.headingPart', heading: longTitle, part: 2 }],
    ]);
    expect(inEnglish.warnings.map((w) => w.message)).toEqual([`heading “${longTitle}”: the title was shortened to 200 characters.`]);

    const whole = importJson('en', doc);
    expect(whole.imported.map((i) => i.source)).toEqual(['heading “De buurtbus”']);
  });

  it('refuses an unknown kind and speaks English with BUNDEL_LANG=en', () => {
    const project = newProject();
    const wrong = bundel('import', project, path.join(mammothData, 'footnotes.docx'), '--kind', 'gedicht');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--kind moet een van deze zijn: verhaal, dilemma/);
    const en = spawnSync(process.execPath, ['bin/bundel.js', 'import', project, path.join(dir, 'notities.pdf')], {
      encoding: 'utf8',
      env: { ...process.env, BUNDEL_LANG: 'en' },
    });
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/cannot be imported as material/);
  });
});
