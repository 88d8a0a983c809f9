/**
 * `bundel import <file> <image>`: a PNG, a JPEG or an SVG becomes a visual,
 * with its size, its size at 300 dpi and whether that is sharp across the
 * template's text column; an SVG arrives sanitised; a bad file is refused
 * with one Dutch line and leaves the project as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProject } from '../../../main/model/index.js';
import { createProject, openProject } from '../../../main/store/index.js';
import { hostileSvgs, dangerIn } from '../../support/hostile-svgs.js';
import { jpeg240x180, pngOf } from '../../support/image-files.js';
import { fileHash } from '../../support/store-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-import-image-'));
let count = 0;

function bundel(args: string[], lang = '') {
  const result = spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8', env: { ...process.env, BUNDEL_LANG: lang } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function newProject(): string {
  const file = path.join(dir, `p${++count}.bundel`);
  createProject(file, emptyProject('Beelden')).close();
  return file;
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('bundel import of an image', () => {
  it('adds a PNG as a visual and tells its size at 300 dpi, sharp across the A4 column', () => {
    const project = newProject();
    const result = bundel(['import', project, write('wijkkaart.png', pngOf(2000, 1063)), '--title', 'De wijk in kaart']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Visual „De wijk in kaart” toegevoegd uit');
    expect(result.stdout).toContain('PNG, 2000 × 1063 pixels.');
    expect(result.stdout).toContain('Bij 300 dpi: 16,9 × 9,0 cm.');
    expect(result.stdout).toContain('Scherp genoeg voor de tekstkolom van Werkplaats A4 (16,0 cm breed).');
    const store = openProject(project, { readOnly: true });
    const [visual] = store.visuals.list();
    expect(visual).toMatchObject({ title: 'De wijk in kaart', source: { type: 'image', mime: 'image/png', width: 2000, height: 1063 } });
    store.close();
  });

  it('adds a JPEG under its file name and warns that it is too small for print, as JSON too', () => {
    const project = newProject();
    const photo = write('buurthuis.jpg', jpeg240x180);
    const text = bundel(['import', project, photo]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Visual „buurthuis” toegevoegd');
    expect(text.stdout).toContain('Bij 300 dpi: 2,0 × 1,5 cm.');
    expect(text.stdout).toContain('Te klein voor de tekstkolom van Werkplaats A4 (16,0 cm breed): gedrukt op die breedte is het 38 dpi. Voor scherp drukwerk is 1890 pixels breed nodig.');

    const json = bundel(['import', project, photo, '--json', '--title', 'Tweede keer']);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      format: 'jpeg',
      visual: { title: 'Tweede keer', source: { mime: 'image/jpeg', width: 240, height: 180 } },
      printSize: { dpi: 300, widthCm: 2, heightCm: 1.5 },
      column: { template: 'Werkplaats A4', width: 160, sharp: false, pixelsNeeded: 1890 },
      removed: [],
    });
    const store = openProject(project, { readOnly: true });
    // The same picture twice is two visuals over one stored image.
    expect(new Set(store.visuals.list().map((v) => (v.source.type === 'image' ? v.source.hash : '')))).toHaveProperty('size', 1);
    store.close();
  });

  it('adds an SVG sanitised, says what was taken out, and stores no script', () => {
    const project = newProject();
    const result = bundel(['import', project, write('spectrum.svg', hostileSvgs['event attributes']!), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ format: 'svg', visual: { title: 'spectrum', source: { mime: 'image/svg+xml', width: 200, height: 100 } }, printSize: null });
    expect(report.removed).toEqual(expect.arrayContaining(['attribute: onload', 'attribute: onclick']));
    const store = openProject(project, { readOnly: true });
    const [visual] = store.visuals.list();
    const stored = store.images.get(visual!.source.type === 'image' ? visual!.source.hash : '')!;
    expect(dangerIn(new TextDecoder().decode(stored.bytes))).toEqual([]);
    store.close();

    const text = bundel(['import', project, write('wijk.svg', hostileSvgs['script elements']!)]);
    expect(text.stdout).toContain('SVG, 200 × 100 eenheden.');
    expect(text.stdout).toContain('Vectortekening: scherp op elk formaat');
    expect(text.stdout).toContain('Onveilige onderdelen uit de SVG-tekening gehaald (scripts, koppelingen naar buiten en dergelijke): 2.');
  });

  it('refuses what is not an image, or nothing once sanitised, with one line, and changes nothing', () => {
    const project = newProject();
    const before = fileHash(project);
    const cases: [string, RegExp][] = [
      [write('geen.png', 'Dit is tekst met een verkeerde naam.'), /geen PNG-, JPEG- of SVG-afbeelding/],
      [write('kapot.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect'), /geen SVG-tekening die Bundel kan lezen/],
      [write('leeg.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /blijft niets over/],
      [write('animatie.gif', 'GIF89a\x01\x00\x01\x00'), /geen PNG-, JPEG- of SVG-afbeelding/],
    ];
    for (const [file, dutch] of cases) {
      const result = bundel(['import', project, file]);
      expect(result.code, file).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(dutch);
      expect(result.stderr).toContain('Er is niets geïmporteerd.');
    }
    expect(fileHash(project)).toBe(before);
    expect(bundel(['import', project, path.join(dir, 'geen.png')], 'en').stderr).toMatch(/is not a PNG, JPEG or SVG image/);
  });

  it('is in the help text', () => {
    expect(bundel(['--help']).stdout).toContain('import <bestand> <afbeelding.png|.jpg|.jpeg|.svg> [--title T] [--json]');
  });
});
