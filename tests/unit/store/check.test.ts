import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../main/model/index.js';
import { createProject, openProject } from '../../../main/store/index.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

describe('check', () => {
  it('reports records the schema no longer accepts, bytes that do not match their hash, and broken references', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    // A workgroup that sessions, contributors and material point to, deleted anyway.
    store.workgroups.delete('wg-zorg');
    store.close();

    // What another program (or a bug) could have done to the file behind Bundel's back.
    const db = new Database(file);
    db.prepare("UPDATE material SET data = json_set(data, '$.consent', 'maybe') WHERE id = 'mat-quote'").run();
    db.prepare("UPDATE contributors SET data = '{not json' WHERE id = 'con-bram'").run();
    db.prepare("UPDATE images SET bytes = x'00'").run();
    db.close();

    const reopened = openProject(file);
    const report = reopened.check();
    expect(report.ok).toBe(false);
    expect(report.integrity).toEqual(['ok']);
    expect(report.invalidRecords).toEqual([
      { type: 'contributor', id: 'con-bram', problem: expect.stringContaining('JSON') },
      { type: 'material', id: 'mat-quote', problem: expect.stringContaining('consent') },
      { type: 'image', id: expect.stringMatching(/^[0-9a-f]{64}$/), problem: 'bytes do not match hash' },
    ]);
    expect(report.brokenReferences).toContainEqual({ from: { type: 'session', id: 'ses-1' }, to: { type: 'workgroup', id: 'wg-zorg' } });
    expect(report.brokenReferences).toContainEqual({ from: { type: 'material', id: 'mat-story' }, to: { type: 'workgroup', id: 'wg-zorg' } });
    // Reading the bad record says what is wrong with it.
    const invalid = userErrorOf(() => reopened.material.get('mat-quote'));
    expect(invalid.code).toBe('invalidRecord');
    expect(errorMessage('nl', invalid)).toMatch(/^Ongeldige gegevens voor materiaal mat-quote: /);
    expect(errorMessage('en', invalid)).toMatch(/^Invalid data for material mat-quote: /);
    reopened.close();
  });

  it('reports a reference to an image that is gone', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    createProject(file, sampleProject()).close();
    const db = new Database(file);
    db.exec('DELETE FROM images');
    db.close();
    const store = openProject(file);
    const report = store.check();
    expect(report.brokenReferences).toEqual([
      { from: { type: 'visual', id: 'vis-photo' }, to: { type: 'image', id: sampleProject().images[0]!.hash } },
    ]);
    expect(report.ok).toBe(false);
    store.close();
  });
});
