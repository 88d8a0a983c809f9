import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import { docFromPlainText } from '../../../main/model/index.js';
import { openProject } from '../../../main/store/index.js';

/** The CLI as a user runs it: the built `bin/bundel.js` in a child process. */
function bundel(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-cli-'));
const demo = path.join(dir, 'demo.bundel');
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

/** The CLI in-process, in one language: what it wrote to stdout and stderr, and its exit code. */
async function inLocale(locale: 'nl' | 'en', ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), locale });
  return { code, out, err };
}

/** Words of the Dutch CLI that an English reader must not meet (the demo's own titles and texts stay Dutch). */
const dutchWords = ['Gebruik', 'opdracht', 'bestand', 'hoofdstukken', 'materiaalitems', 'Zonder toestemming', 'In orde', 'Niets gevonden', 'onbekende', 'Verwijzing'];
const noDutch = (text: string) => {
  for (const word of dutchWords) expect(text).not.toContain(word);
};

beforeAll(() => {
  expect(bundel('demo', demo).code).toBe(0);
});

describe('bundel info', () => {
  it('describes the demo as JSON with counts, chapters, material without consent and unused material', () => {
    const { code, stdout } = bundel('info', demo, '--json');
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect(info.title).toBe('Op weg naar samenspel');
    expect(info.counts).toMatchObject({ workgroups: 2, sessions: 12 });
    expect(info.counts.contributors).toBeGreaterThanOrEqual(30);
    expect(info.counts.material).toBeGreaterThanOrEqual(45);
    expect(info.counts.visuals).toBeGreaterThanOrEqual(3);
    expect(info.counts.threads).toBeGreaterThanOrEqual(6);
    expect(info.chapters).toHaveLength(info.counts.chapters);
    expect(info.chapters.map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining(['preface', 'introduction', 'chapter', 'essay', 'recommendations', 'colophon']),
    );
    expect(info.withoutConsent.length).toBeGreaterThan(0);
    expect(info.withoutConsent.every((m: { consent: string }) => m.consent !== 'given')).toBe(true);
    expect(info.unused.length).toBeGreaterThan(0);
  });

  it('prints a readable Dutch summary', () => {
    const { code, stdout } = bundel('info', demo);
    expect(code).toBe(0);
    expect(stdout).toContain('Op weg naar samenspel');
    expect(stdout).toMatch(/\d+ materiaalitems/);
  });
});

describe('bundel new', () => {
  it('makes an empty project with the title', () => {
    const file = path.join(dir, 'nieuw.bundel');
    expect(bundel('new', file, '--title', 'Samen sterk').code).toBe(0);
    const info = JSON.parse(bundel('info', file, '--json').stdout);
    expect(info.title).toBe('Samen sterk');
    expect(info.counts.material).toBe(0);
  });

  it('asks for a title', () => {
    const result = bundel('new', path.join(dir, 'zonder-titel.bundel'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--title');
  });

  it('never overwrites an existing file', () => {
    const before = hash(demo);
    const result = bundel('new', demo, '--title', 'Anders');
    expect(result.code).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toContain('bestaat al');
    expect(hash(demo)).toBe(before);
  });
});

describe('bundel search', () => {
  it('finds material with and without Dutch diacritics', () => {
    const file = path.join(dir, 'zoek.bundel');
    bundel('new', file, '--title', 'Zoeken');
    const store = openProject(file);
    const stamp = '2026-01-05T09:00:00.000Z';
    store.material.put({
      id: 'reunie',
      kind: 'story',
      narration: 'retold',
      title: 'De reünie van de buurtvrouwen',
      body: docFromPlainText('Vol ideeën voor de coördinatie van de koffieochtend.'),
      provenance: { workgroupId: null, sessionId: null, contributorIds: [] },
      themes: [],
      consent: 'given',
      anonymisation: { anonymised: false, note: '' },
      editorialStatus: 'raw',
      createdAt: stamp,
      updatedAt: stamp,
    });
    store.close();
    for (const query of ['reunie', 'reünie', 'ideeen', 'coordinatie', 'koffie']) {
      const { code, stdout } = bundel('search', file, query, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ type: 'material', id: 'reunie', title: 'De reünie van de buurtvrouwen' })]);
    }
    expect(JSON.parse(bundel('search', file, 'fietsenstalling', '--json').stdout)).toEqual([]);
  });

  it('finds chapters of the demo', () => {
    const hits = JSON.parse(bundel('search', demo, 'mantelzorg', '--json').stdout) as { type: string }[];
    expect(hits.some((h) => h.type === 'chapter')).toBe(true);
  });
});

describe('bundel check', () => {
  it('passes the demo', () => {
    const { code, stdout } = bundel('check', demo);
    expect(code).toBe(0);
    expect(stdout).toContain('In orde');
  });

  it('reports a box that shows missing material, with exit 1', () => {
    const file = path.join(dir, 'kapot.bundel');
    bundel('demo', file);
    const info = JSON.parse(bundel('info', file, '--json').stdout) as { unused: { id: string }[] };
    const unused = new Set(info.unused.map((m) => m.id));
    const db = new Database(file);
    const used = (db.prepare('SELECT id FROM material').all() as { id: string }[]).find((m) => !unused.has(m.id))!;
    db.prepare('DELETE FROM material WHERE id = ?').run(used.id);
    db.close();
    const { code, stdout } = bundel('check', file, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.brokenReferences).toContainEqual(expect.objectContaining({ to: { type: 'material', id: used.id } }));
  });
});

describe('exit codes and messages', () => {
  it('1 with one Dutch line for a missing file', () => {
    const result = bundel('info', path.join(dir, 'bestaat-niet.bundel'));
    expect(result.code).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toContain('bestaat niet');
  });

  it('1 for a file that is not a Bundel project, and the file is untouched', () => {
    const file = path.join(dir, 'notities.txt');
    writeFileSync(file, 'Boodschappen: melk, brood.\n');
    const before = hash(file);
    const result = bundel('info', file);
    expect(result.code).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toContain('geen Bundel-project');
    expect(hash(file)).toBe(before);
  });

  it('1 for a file from a newer Bundel', () => {
    const file = path.join(dir, 'nieuwer.bundel');
    bundel('new', file, '--title', 'Toekomst');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const result = bundel('info', file);
    expect(result.code).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toContain('nieuwere versie');
  });

  it('1 for an unknown command or bad arguments; usage on --help', () => {
    expect(bundel('verzin').code).toBe(1);
    expect(bundel('info').code).toBe(1);
    expect(bundel('info', demo, '--onbekend').code).toBe(1);
    const help = bundel('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('bundel search');
  });

  it('speaks English on request', () => {
    const result = spawnSync(process.execPath, ['bin/bundel.js', 'info', path.join(dir, 'nope.bundel')], {
      encoding: 'utf8',
      env: { ...process.env, BUNDEL_LANG: 'en' },
    });
    expect(result.stderr).toContain('does not exist');
  });

  it('says what is wrong with the arguments in one language, the one asked for', async () => {
    const said = async (locale: 'nl' | 'en', ...argv: string[]) => {
      const errors: string[] = [];
      const code = await runCli(argv, { out: () => undefined, err: (text) => errors.push(text), locale });
      expect(code).toBe(1);
      return errors.join('');
    };
    expect(await said('en', 'export', demo, '--format', 'pdf')).toBe('bundel export: say with --out where the file should go\n');
    expect(await said('nl', 'export', demo, '--format', 'pdf')).toBe('bundel export: geef met --out aan waar het bestand moet komen\n');
    expect(await said('en', 'export', demo, '--format', 'odt')).toBe('bundel export: --format must be one of: pdf, docx, visuals\n');
    expect(await said('en', 'search', demo)).toBe('bundel search: expected: <file> <query>\n');
    expect(await said('nl', 'search', demo)).toBe('bundel search: verwacht: <bestand> <zoekterm>\n');
    // Node's parseArgs says these in English; they are said again in the reader's language.
    expect(await said('nl', 'export', demo, '--zonder-toestemming')).toBe('bundel export: onbekende optie --zonder-toestemming\n');
    expect(await said('en', 'export', demo, '--zonder-toestemming')).toBe('bundel export: unknown option --zonder-toestemming\n');
    expect(await said('nl', 'export', demo, '--format', 'pdf', '--out')).toBe('bundel export: --out heeft een waarde nodig\n');
    expect(await said('nl', 'info', demo, '--json=ja')).toBe('bundel info: --json neemt geen waarde\n');
  });

  it('names the commands in English when there is no such command', async () => {
    const en = await inLocale('en', 'verzin');
    expect(en.code).toBe(1);
    expect(en.err).toBe('bundel: unknown command "verzin". Choose from: demo, new, info, search, check, export, review, import, pseudonymise.\n');
    noDutch(en.err);
    const nl = await inLocale('nl', 'verzin');
    expect(nl.err).toBe('bundel: onbekende opdracht „verzin”. Kies uit: demo, new, info, search, check, export, review, import, pseudonymise.\n');
  });

  it('2 for an internal error, e.g. output that cannot be written', async () => {
    const errors: string[] = [];
    const code = await runCli(['info', demo], {
      out: () => {
        throw new Error('EPIPE: broken pipe');
      },
      err: (text) => errors.push(text),
      locale: 'nl',
    });
    expect(code).toBe(2);
    expect(errors.join('')).toContain('EPIPE');
  });
});

describe('the text output in the language asked for (BUNDEL_LANG=en)', () => {
  it('help: the usage in English, with English placeholders; in Dutch as it was', async () => {
    const en = await inLocale('en', 'help');
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Usage: bundel <command> …\n\n/);
    expect(en.out).toContain('  bundel search <file> <query> [--json]  search material and chapters\n');
    expect(en.out).toContain('  bundel check <file> [--json]          check the file and every record\n');
    expect(en.out).toContain('import <file> <image.png|.jpg|.jpeg|.svg> [--title T] [--json]');
    expect(en.out).toContain('  bundel review copy <file> --reviewer "Name" --out <copy.bundel>');
    noDutch(en.out);
    const nl = await inLocale('nl', '--help');
    expect(nl.out).toMatch(/^Gebruik: bundel <opdracht> …\n\n/);
    expect(nl.out).toContain('  bundel search <bestand> <zoekterm> [--json]  zoek in materiaal en hoofdstukken\n');
    expect(nl.out).toContain('  bundel check <bestand> [--json]       controleer het bestand en elk record\n');
  });

  it('info: counts and what needs attention in English', async () => {
    const en = await inLocale('en', 'info', demo);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Op weg naar samenspel\n');
    expect(en.out).toMatch(/^Chapters: \d+ · material items: \d+ · visuals: \d+ · comment threads: \d+$/m);
    expect(en.out).toMatch(/^Workgroups: 2 · sessions: 12 · contributors: \d+$/m);
    expect(en.out).toMatch(/^ {2}1\. Voorwoord \(preface\)$/m);
    expect(en.out).toMatch(/^Without consent: \d+ · Not used yet: \d+$/m);
    noDutch(en.out);
    const nl = await inLocale('nl', 'info', demo);
    expect(nl.out).toMatch(/^\d+ hoofdstukken · \d+ materiaalitems · \d+ visuals · \d+ commentaardraden$/m);
    expect(nl.out).toMatch(/^2 werkgroepen · 12 bijeenkomsten · \d+ bijdragers$/m);
    expect(nl.out).toMatch(/^Zonder toestemming: \d+ · Nog niet gebruikt: \d+$/m);
  });

  it('check: a sound file and a broken reference in English', async () => {
    const en = await inLocale('en', 'check', demo);
    expect(en).toEqual({ code: 0, out: 'All right: the file is intact and every record is valid.\n', err: '' });
    expect((await inLocale('nl', 'check', demo)).out).toBe('In orde: het bestand is heel en elk record is geldig.\n');

    // As in 'reports a box that shows missing material': delete material that a chapter shows.
    const file = path.join(dir, 'kapot-en.bundel');
    bundel('demo', file);
    const unused = new Set((JSON.parse(bundel('info', file, '--json').stdout) as { unused: { id: string }[] }).unused.map((m) => m.id));
    const db = new Database(file);
    const used = (db.prepare('SELECT id FROM material').all() as { id: string }[]).find((m) => !unused.has(m.id))!;
    db.prepare('DELETE FROM material WHERE id = ?').run(used.id);
    db.close();
    const broken = await inLocale('en', 'check', file);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(new RegExp(`^Reference to missing material ${used.id} in \\S+ \\S+$`, 'm'));
    noDutch(broken.out);
    expect((await inLocale('nl', 'check', file)).out).toMatch(new RegExp(`^Verwijzing naar ontbrekend material ${used.id} in \\S+ \\S+$`, 'm'));
  });

  it('search: the kind of each hit, and that nothing was found, in English', async () => {
    const en = await inLocale('en', 'search', demo, 'mantelzorg');
    expect(en.code).toBe(0);
    const kinds = en.out.split('\n').filter((line) => line !== '' && !line.startsWith('    '));
    expect(kinds.length).toBeGreaterThan(1);
    // "chapter" is padded to the width of "material", so the titles line up.
    for (const line of kinds) expect(line).toMatch(/^(material|chapter ) {2}\S/);
    expect(kinds.some((line) => line.startsWith('chapter'))).toBe(true);
    const nl = await inLocale('nl', 'search', demo, 'mantelzorg');
    for (const line of nl.out.split('\n').filter((l) => l !== '' && !l.startsWith('    '))) expect(line).toMatch(/^(materiaal|hoofdstuk) {2}\S/);

    expect(await inLocale('en', 'search', demo, 'fietsenstalling')).toEqual({ code: 0, out: 'Nothing found.\n', err: '' });
    expect((await inLocale('nl', 'search', demo, 'fietsenstalling')).out).toBe('Niets gevonden.\n');
  });
});
