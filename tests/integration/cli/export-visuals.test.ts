// `bundel export --format visuals` as a user runs it: the built CLI in a child
// process, a folder of posters and images, files listed on stdout or as JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-visuals-'));
const bin = path.resolve('bin/bundel.js');
const demo = path.join(dir, 'demo.bundel');

function bundel(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  expect(bundel('demo', demo).code).toBe(0);
});

describe('bundel export --format visuals', () => {
  it('writes a poster and an image per visual and alle-visuals.pdf into a new folder, and lists them', () => {
    const out = path.join(dir, 'posters', 'a4');
    const { code, stdout, stderr } = bundel('export', demo, '--format', 'visuals', '--out', out, '--size', 'a4', '--edition', 'print');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toContain('alle-visuals.pdf');
    expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(6);
    expect(names.filter((n) => /\.(png|jpg)$/u.test(n))).toHaveLength(5);
    expect(stdout.trim().split('\n').map((line) => path.basename(line)).sort()).toEqual(names);
    const boxes = spawnSync('pdfinfo', ['-box', path.join(out, 'alle-visuals.pdf')], { encoding: 'utf8' }).stdout;
    expect(boxes).toMatch(/TrimBox:/u);
    expect(boxes).toMatch(/Pages:\s+5/u);
  });

  it('answers --json with the files and their sizes', () => {
    const out = path.join(dir, 'json');
    const { code, stdout } = bundel('export', demo, '--format', 'visuals', '--out', out, '--json', '--template', 'bundel-a5');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { out: string; files: { path: string; bytes: number }[]; notes: string[] };
    expect(result.out).toBe(out);
    expect(result.notes).toEqual([]);
    for (const file of result.files) expect(readFileSync(file.path).length).toBe(file.bytes);
  });

  it('names a bad size in one Dutch line and writes nothing', () => {
    const out = path.join(dir, 'bad');
    const { code, stderr } = bundel('export', demo, '--format', 'visuals', '--out', out, '--size', 'a2');
    expect(code).toBe(1);
    expect(stderr).toContain('--size moet een van deze zijn: a3, a4');
    expect(() => readdirSync(out)).toThrow();
  });
});
