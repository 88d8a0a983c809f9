import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, createProject, openProject } from '../../../main/store/index.js';
import { APPLICATION_ID, migrate, migrations, type Migration } from '../../../main/store/migrations.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { fileHash, scratchDir, sideFiles } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

/** What the very first Bundel wrote: our application id and nothing else. */
function versionZeroFile(): string {
  const file = path.join(scratchDir(), 'v0.bundel');
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.close();
  return file;
}

function userVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  return version;
}

describe('migrations', () => {
  it('bring a version-0 Bundel file to the current version', () => {
    const file = versionZeroFile();
    expect(userVersion(file)).toBe(0);
    const store = openProject(file);
    expect(store.publication.get().title).toBe('Naamloze bundel');
    expect(store.counts()).toEqual({ workgroups: 0, sessions: 0, contributors: 0, material: 0, chapters: 0, visuals: 0, threads: 0 });
    store.workgroups.put({ id: 'wg', name: 'Eerste werkgroep', theme: '', description: '' });
    expect(store.search('werkgroep')).toEqual([]);
    expect(store.check().ok).toBe(true);
    store.close();
    expect(userVersion(file)).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(migrations.length);
  });

  it('leave the file byte-identical when one of them fails', () => {
    const file = versionZeroFile();
    const before = fileHash(file);
    const failing: Migration = (db) => {
      db.exec('CREATE TABLE half_done (x)');
      throw new Error('migration 2 failed');
    };
    const db = new Database(file);
    expect(() => migrate(db, [...migrations, failing])).toThrow('migration 2 failed');
    db.close();
    expect(fileHash(file)).toBe(before);
    expect(userVersion(file)).toBe(0);
    expect(sideFiles(file)).toEqual([]);
  });

  it('leave a current file at its version when a later one fails, with its data', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    createProject(file, sampleProject()).close();
    const before = fileHash(file);
    const db = new Database(file);
    const failing: Migration = (d) => {
      d.exec("UPDATE material SET title = 'weg'; DROP TABLE chapters;");
      throw new Error('no');
    };
    expect(() => migrate(db, [...migrations, failing])).toThrow('no');
    db.close();
    expect(fileHash(file)).toBe(before);
    const store = openProject(file);
    expect(store.exportData()).toEqual(sampleProject());
    store.close();
  });

  it('run a pending migration after the current ones, in one go', () => {
    const file = versionZeroFile();
    const db = new Database(file);
    const next: Migration = (d) => d.exec('CREATE TABLE extra (x)');
    migrate(db, [...migrations, next]);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION + 1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('extra', 'material') ORDER BY name").pluck().all()).toEqual([
      'extra',
      'material',
    ]);
    db.close();
  });

  it('refuse a file newer than the list they know', () => {
    const file = versionZeroFile();
    const db = new Database(file);
    migrate(db, migrations);
    expect(userErrorOf(() => migrate(db, [])).code).toBe('newerVersion');
    db.close();
  });

  it('happen in memory for a file opened read-only, which stays as it was', () => {
    const file = versionZeroFile();
    const copy = path.join(scratchDir(), 'copy.bundel');
    copyFileSync(file, copy);
    const before = fileHash(copy);
    const store = openProject(copy, { readOnly: true });
    expect(store.publication.get().title).toBe('Naamloze bundel');
    expect(userErrorOf(() => store.workgroups.put({ id: 'w', name: 'W', theme: '', description: '' })).code).toBe('readOnly');
    store.close();
    expect(fileHash(copy)).toBe(before);
    expect(userVersion(copy)).toBe(0);
  });
});
