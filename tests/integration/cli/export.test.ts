import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-export-'));
const bin = path.resolve('bin/bundel.js');

/** The CLI as a user runs it: the built `bin/bundel.js` in a child process, started from the project's folder, not Bundel's. */
function bundel(...args: string[]) {
  return inLanguage('nl', ...args);
}

function inLanguage(lang: 'nl' | 'en', ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, BUNDEL_LANG: lang } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const demo = path.join(dir, 'demo.bundel');

beforeAll(() => {
  expect(bundel('demo', demo).code).toBe(0);
});

describe('bundel export', () => {
  it('refuses a publication with material without consent unless the editor chooses, and writes nothing', () => {
    const out = path.join(dir, 'refused.pdf');
    const { code, stderr } = bundel('export', demo, '--format', 'pdf', '--out', out);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('zonder gegeven toestemming („Iris, zeventien”, „Niet van de gemeente”).');
    expect(existsSync(out)).toBe(false);
  });

  it('writes a PDF with the material without consent left out, and reports to stderr', () => {
    const out = path.join(dir, 'demo.pdf');
    const { code, stdout } = bundel('export', demo, '--format', 'pdf', '--out', out, '--omit-without-consent', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { out: string; bytes: number; notes: string[] };
    expect(result.out).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.bytes).toBe(readFileSync(out).length);
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Aan de keukentafel');
    expect(text).not.toContain('Iris, zeventien');
    expect(text).not.toContain('CONCEPT');
  });

  it('writes a DOCX with a draft edition that includes the material without consent', () => {
    const out = path.join(dir, 'demo.docx');
    const { code } = bundel('export', demo, '--format', 'docx', '--out', out, '--allow-without-consent', '--template', 'bundel-a5');
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const text = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', out], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Iris, zeventien');
    expect(text).toContain('CONCEPT — niet verspreiden');
  });

  it('speaks to an English reader in English, and the publication stays Dutch', () => {
    const out = path.join(dir, 'english-reader.pdf');
    const { code, stdout } = inLanguage('en', 'export', demo, '--format', 'pdf', '--out', out, '--allow-without-consent', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { problems: { code: string; ref: string; message: string }[] };
    const iris = result.problems.find((p) => p.ref === 'Iris, zeventien');
    expect(iris?.message).toMatch(/^“Iris, zeventien” is in the publication without consent given/);
    // The publication's own words are in its language (nl), whoever exports it.
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Inhoud');
    expect(text).toMatch(/Figuur 1\. /);
    expect(text).toContain('CONCEPT — niet verspreiden');
    expect(text).not.toContain('Contents');
    expect(text).not.toMatch(/Figure \d/);
  });

  it('names the problem in one Dutch line for a bad format, edition or template', () => {
    const out = path.join(dir, 'x.pdf');
    expect(bundel('export', demo, '--format', 'odt', '--out', out).stderr).toContain('--format moet een van deze zijn: pdf, docx, visuals');
    expect(bundel('export', demo, '--format', 'pdf', '--edition', 'poster', '--out', out).stderr).toContain('--edition');
    const template = path.join(dir, 'huisstijl.json');
    writeFileSync(template, '{"id": "huisstijl"}');
    const bad = bundel('export', demo, '--format', 'pdf', '--out', out, '--omit-without-consent', '--template', template);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/sjabloon .*huisstijl\.json klopt niet/);
    expect(bundel('export', demo, '--format', 'pdf', '--out', out, '--template', 'krant').stderr).toContain('Er is geen sjabloon krant');
    expect(existsSync(out)).toBe(false);
  });
});
