/**
 * A full disk loses nothing: a child under a file-size limit (which makes
 * writes fail as on a full disk) tries to save a large image; the write is
 * refused with diskFull and the file keeps everything saved before.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../../main/store/index.js';
import { bundleScript } from '../../support/bundle.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir, sideFiles } from '../../support/store-files.js';

const BIG = 6 * 1024 * 1024;
let child: string;
beforeAll(async () => {
  child = await bundleScript('tests/integration/store/children/diskfull-child.ts');
});

/** Runs the child with files limited to the project's size plus `roomKb`. */
function runLimited(file: string, roomKb: number, args: string[]): Record<string, string> {
  const limitKb = Math.ceil(statSync(file).size / 1024) + roomKb;
  // SIGXFSZ would kill the process; ignored, the write fails with EFBIG instead.
  const script = `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`;
  const run = spawnSync('bash', ['-c', script, process.execPath, child, ...args], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe('a full disk', () => {
  it('refuses the write that does not fit with diskFull and keeps what was saved before', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const data = sampleProject();
    createProject(file, data).close();

    const result = runLimited(file, 512, ['put', file, String(BIG)]);
    expect(result).toEqual({ small: 'saved', big: 'diskFull', after: 'saved', close: 'saved' });

    const store = openProject(file);
    expect(store.check().ok).toBe(true);
    expect(store.workgroups.list().map((w) => w.id)).toEqual(['wg-zorg', 'wg-before', 'wg-after']);
    expect(store.visuals.get('vis-big')).toBeUndefined();
    const exported = store.exportData();
    expect(exported.images).toEqual(data.images);
    expect(exported.material).toEqual(data.material);
    expect(exported.chapters).toEqual(data.chapters);
    store.close();
    expect(sideFiles(file)).toEqual([]);
  });

  it('makes no file at all when a new project does not fit', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'p.bundel');
    createProject(file, sampleProject()).close();
    const target = path.join(dir, 'new.bundel');
    const result = runLimited(file, 512, ['create', file, String(BIG), target]);
    expect(result.create).toBe('diskFull');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual(['p.bundel']);
  });
});
