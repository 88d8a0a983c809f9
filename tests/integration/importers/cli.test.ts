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
  const result = spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8', env: { ...process.env, BUNDEL_LANG: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
