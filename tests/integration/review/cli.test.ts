/** The review commands as a user runs them: the built `bin/bundel.js` in a child process, and in-process for the usage errors. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import { masterFile } from './project.js';

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
});
