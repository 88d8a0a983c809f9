/** The review commands as a user runs them: the built `bin/bundel.js` in a child process, and in-process for the usage errors. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import { docFromJSON, type Locale } from '../../../main/model/index.js';
import { reviewService } from '../../../main/review/service.js';
import { openProject } from '../../../main/store/index.js';
import { rangeOf } from '../../unit/review/docs.js';
import { masterFile } from './project.js';

/** The CLI in-process in one language: its exit code and what it wrote to stdout. */
async function inLocale(locale: Locale, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), locale });
  expect(code, err).toBe(0);
  return out;
}

/**
 * A master whose reviewer, in her copy, commented on two passages; then the
 * editor took out the paragraph of the second. What `review import` prints.
 */
async function importedAfterReview(locale: Locale): Promise<string> {
  const { dir, master } = masterFile();
  const copy = path.join(dir, 'samira.bundel');
  await inLocale(locale, 'review', 'copy', master, '--reviewer', 'Samira El Amrani', '--out', copy);
  const store = openProject(copy);
  const review = reviewService(store);
  for (const [quote, text] of [['de zorg voor hun ouders', 'Alleen ouders?'], ['de huisarts die nooit terugbelt', 'Dit is te scherp.']] as const) {
    review.comment({ chapterId: 'ch-samen', ...rangeOf(docFromJSON(store.chapters.get('ch-samen')!.body), quote), text });
  }
  store.close();
  const edited = openProject(master);
  const samen = edited.chapters.get('ch-samen')!;
  edited.chapters.put({ ...samen, body: { ...samen.body, content: samen.body.content!.slice(0, 2) } });
  edited.close();
  return inLocale(locale, 'review', 'import', master, copy);
}

function bundel(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/bundel.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bundel review', () => {
  it('status: per chapter its status and open threads, per reviewer what they owe, as text and as JSON', () => {
    const { dir, master } = masterFile();
    expect(bundel('review', 'copy', master, '--reviewer', 'Jeroen Smits', '--out', path.join(dir, 'jeroen.bundel')).code).toBe(0);
    const text = bundel('review', 'status', master);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('ter review  Samen zorgen — 1 open opmerking · laatst 2026-03-15');
    expect(text.stdout).toContain('Jeroen Smits: nog te lezen: Samen zorgen, Vrijwilligers');
    const json = JSON.parse(bundel('review', 'status', master, '--json').stdout);
    expect(json.chapters[0]).toEqual({
      chapterId: 'ch-samen',
      title: 'Samen zorgen',
      kind: 'chapter',
      status: 'inReview',
      openThreads: 1,
      resolvedThreads: 0,
      movedThreads: 0,
      lastActivity: '2026-03-15T10:00:00.000Z',
    });
    expect(json.reviewers).toEqual([
      {
        reviewer: { name: 'Jeroen Smits', initials: 'JS', role: 'reviewer' },
        owes: [
          { chapterId: 'ch-samen', title: 'Samen zorgen' },
          { chapterId: 'ch-wijk', title: 'Vrijwilligers' },
        ],
      },
    ]);
  }, 120_000);

  it('says in one Dutch line what is wrong with its arguments', async () => {
    const run = async (...args: string[]) => {
      let stderr = '';
      const code = await runCli(args, { out: () => {}, err: (t) => (stderr += t), locale: 'nl' });
      return { code, stderr };
    };
    const { dir, master } = masterFile();
    for (const args of [
      ['review'],
      ['review', 'copy', master, '--out', path.join(dir, 'x.bundel')],
      ['review', 'copy', master, '--reviewer', 'Jeroen Smits'],
      ['review', 'import', master],
      ['review', 'status', path.join(dir, 'bestaat-niet.bundel')],
    ]) {
      const result = await run(...args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^bundel review: /);
    }
    // A copy never overwrites a file.
    expect((await run('review', 'copy', master, '--reviewer', 'Jeroen Smits', '--out', master)).stderr).toContain('bestaat al');
  });

  it('status and import speak English on request, Dutch as they always did', async () => {
    const { dir, master } = masterFile();
    await inLocale('nl', 'review', 'copy', master, '--reviewer', 'Jeroen Smits', '--out', path.join(dir, 'jeroen.bundel'));
    const en = await inLocale('en', 'review', 'status', master);
    expect(en).toContain('  in review   Samen zorgen — 1 open comment · last 2026-03-15\n');
    expect(en).toContain('  in review   Vrijwilligers — 0 open comments\n');
    expect(en).toContain('\nReviewers:\n  Jeroen Smits: still to read: Samen zorgen, Vrijwilligers\n');
    expect(en).not.toMatch(/opmerking|laatst|Meelezers|nog te lezen/);
    expect(await inLocale('en', 'review', 'status', masterFile().master)).toContain('\nNo reviewers yet.\n');
    expect(await inLocale('nl', 'review', 'status', masterFile().master)).toContain('\nNog geen meelezers.\n');

    expect(await importedAfterReview('en')).toBe(
      [
        'Added: 1 · already there: 1 · not found: 1',
        '  + comment (Samen zorgen) Samira El Amrani: Alleen ouders?',
        'Not found — kept on the nearest text, or (without a chapter) not placed:',
        '  ! “de huisarts die nooit terugbelt” — Samira El Amrani: Dit is te scherp. (at “Samen zorgen”)',
        '',
      ].join('\n'),
    );
    expect(await importedAfterReview('nl')).toBe(
      [
        'Toegevoegd: 1 · al aanwezig: 1 · niet teruggevonden: 1',
        '  + opmerking (Samen zorgen) Samira El Amrani: Alleen ouders?',
        'Niet teruggevonden — bewaard bij de dichtstbijzijnde tekst, of (zonder hoofdstuk) niet geplaatst:',
        '  ! „de huisarts die nooit terugbelt” — Samira El Amrani: Dit is te scherp. (bij „Samen zorgen”)',
        '',
      ].join('\n'),
    );
  });
});
