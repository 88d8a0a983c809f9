/**
 * A file Bundel may not write opens read-only: everything saved before is
 * there, every write says readOnly, and the file is left as it was. Tests run
 * as root, for whom file modes mean nothing, so the child runs as nobody.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../main/store/index.js';
import { bundleScript } from '../../support/bundle.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { fileHash, scratchDir, sideFiles } from '../../support/store-files.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
let child: string;
beforeAll(async () => {
  child = await bundleScript('tests/integration/store/children/readonly-child.ts');
});

describe('a read-only project file', () => {
  it('opens read-only, keeps what was saved, and refuses every write', () => {
    // A folder the child may enter and read, but not write in (so no journal either).
    const dir = path.join(scratchDir(), 'alleen-lezen');
    mkdirSync(dir);
    const file = path.join(dir, 'p.bundel');
    const data = sampleProject();
    const store = createProject(file, data);
    store.chapters.put({ ...data.chapters[0]!, title: 'Voorwoord, bewaard' });
    store.close();
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(path.dirname(dir), 0o755);
    const before = fileHash(file);

    const run = spawnSync(process.execPath, [child, file], {
      encoding: 'utf8',
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as {
      readOnly: boolean;
      publication: unknown;
      chapters: { title: string }[];
      material: unknown;
      imageHashes: string[];
      check: boolean;
      errors: string[];
    };
    expect(seen.readOnly).toBe(true);
    expect(seen.errors).toEqual(['readOnly', 'readOnly', 'readOnly', 'readOnly', 'readOnly']);
    expect(seen.publication).toEqual(data.publication);
    expect(seen.chapters.map((c) => c.title)).toEqual(['Voorwoord, bewaard', 'Samen zorgen']);
    expect(seen.material).toEqual(data.material);
    expect(seen.imageHashes).toEqual(data.images.map((i) => i.hash));
    expect(seen.check).toBe(true);
    expect(fileHash(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
    chmodSync(dir, 0o755);
  });
});
