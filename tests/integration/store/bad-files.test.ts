/**
 * Files that are not a sound Bundel project of this version are refused with
 * a clear error, and left byte for byte as they were, with no side files.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserErrorCode } from '../../../main/model/index.js';
import { CURRENT_VERSION, createProject, openProject } from '../../../main/store/index.js';
import { sampleProject, tinyPng } from '../../fixtures/sample-project.js';
import { fileHash, scratchDir, sideFiles } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

let good: Buffer;
beforeAll(() => {
  const dir = scratchDir();
  const file = path.join(dir, 'good.bundel');
  createProject(file, sampleProject()).close();
  good = readFileSync(file);
});

/** Writes `bytes` to a new file, opens it, and checks the error and that the file is untouched. */
function refuses(bytes: Buffer | string, code: UserErrorCode): Record<string, string | number> {
  const file = path.join(scratchDir(), 'bad.bundel');
  writeFileSync(file, bytes);
  return refusesFile(file, code);
}

function refusesFile(file: string, code: UserErrorCode): Record<string, string | number> {
  const before = fileHash(file);
  const size = statSync(file).size;
  const error = userErrorOf(() => openProject(file));
  expect(error.code).toBe(code);
  expect(error.params.path).toBe(file);
  expect(fileHash(file)).toBe(before);
  expect(statSync(file).size).toBe(size);
  expect(sideFiles(file)).toEqual([]);
  return error.params;
}

/** Deterministic noise, so a failure can be reproduced. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('opening what is not a sound Bundel project', () => {
  it('is a healthy file to start with', () => {
    const file = path.join(scratchDir(), 'ok.bundel');
    writeFileSync(file, good);
    const store = openProject(file);
    expect(store.check().ok).toBe(true);
    store.close();
  });

  it('refuses a text file, a PNG and a folder as notABundel', () => {
    refuses('Dit is een boodschappenlijstje.\nMelk, brood.\n', 'notABundel');
    refuses(Buffer.from(tinyPng()), 'notABundel');
    refuses('SQLite format 2\0 but not really', 'notABundel');
    const folder = path.join(scratchDir(), 'map.bundel');
    mkdirSync(folder);
    expect(userErrorOf(() => openProject(folder)).code).toBe('notABundel');
  });

  it('refuses an SQLite file without our application id as notABundel', () => {
    const file = path.join(scratchDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
    db.close();
    refusesFile(file, 'notABundel');
  });

  it('refuses a file cut short anywhere as truncated', () => {
    const pageSize = good.readUInt16BE(16);
    const cuts = [0, 5, 16, 60, 99, 100, 1000, pageSize, pageSize + 1, Math.floor(good.length / 2), good.length - pageSize, good.length - 1];
    for (const cut of cuts) refuses(good.subarray(0, cut), 'truncated');
  });

  it('refuses a file with bytes overwritten in the middle as corrupt', () => {
    const pageSize = good.readUInt16BE(16);
    const pages = good.length / pageSize;
    expect(pages).toBeGreaterThan(8);
    for (const [at, length, seed] of [
      [good.length / 2, 3 * pageSize, 1],
      [Math.floor(good.length / 3) + 17, pageSize, 2],
      [2 * pageSize, pageSize, 3],
    ] as const) {
      const bytes = Buffer.from(good);
      noise(length, seed).copy(bytes, at);
      refuses(bytes, 'corrupt');
    }
    // A header whose page size is impossible.
    const bytes = Buffer.from(good);
    bytes.writeUInt16BE(1000, 16);
    refuses(bytes, 'corrupt');
  });

  it('refuses a file made by a newer Bundel as newerVersion', () => {
    const file = path.join(scratchDir(), 'newer.bundel');
    writeFileSync(file, good);
    const db = new Database(file);
    db.pragma(`user_version = ${CURRENT_VERSION + 1}`);
    db.close();
    expect(refusesFile(file, 'newerVersion')).toMatchObject({ found: CURRENT_VERSION + 1, supported: CURRENT_VERSION });
  });

  it('refuses a copy of a good file cut at a page boundary, also after it was opened and written once', () => {
    const file = path.join(scratchDir(), 'grown.bundel');
    writeFileSync(file, good);
    const store = openProject(file);
    store.images.put(noise(200_000, 9).fill(1, 0, 8), 'image/png');
    store.close();
    const copy = path.join(scratchDir(), 'copy.bundel');
    copyFileSync(file, copy);
    truncateSync(copy, statSync(copy).size - 8192);
    refusesFile(copy, 'truncated');
  });
});
