import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/model/index.js';
import { createProject } from '../../../main/store/index.js';
import { toUserError } from '../../../main/store/errors.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';
import { userErrorOf } from '../../support/user-error.js';

describe('SQLite errors as user errors', () => {
  it.each([
    ['SQLITE_READONLY', 'readOnly'],
    ['SQLITE_READONLY_DBMOVED', 'readOnly'],
    ['SQLITE_FULL', 'diskFull'],
    ['SQLITE_IOERR_WRITE', 'diskFull'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_LOCKED', 'locked'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
  ])('%s becomes %s, with the path and the cause', (code, expected) => {
    const mapped = toUserError(new Database.SqliteError('underneath', code), '/x/p.bundel');
    expect(mapped).toBeInstanceOf(UserError);
    expect(mapped).toMatchObject({ code: expected, params: { path: '/x/p.bundel' } });
    expect((mapped as UserError).detail).toContain(code);
  });

  it('leaves other errors as they are', () => {
    const bug = new TypeError('a bug');
    expect(toUserError(bug, 'p')).toBe(bug);
    const constraint = new Database.SqliteError('x', 'SQLITE_CONSTRAINT_UNIQUE');
    expect(toUserError(constraint, 'p')).toBe(constraint);
  });

  it('says locked when another program keeps writing the file, and saves once it stops', () => {
    const file = path.join(scratchDir(), 'p.bundel');
    const store = createProject(file, sampleProject());
    const other = new Database(file);
    other.prepare('BEGIN IMMEDIATE').run();
    const workgroup = { id: 'wg-2', name: 'Twee', theme: '', description: '' };
    expect(userErrorOf(() => store.workgroups.put(workgroup))).toMatchObject({ code: 'locked', params: { path: file } });
    other.prepare('ROLLBACK').run();
    other.close();
    expect(store.workgroups.put(workgroup)).toEqual(workgroup);
    expect(store.workgroups.get('wg-2')).toEqual(workgroup);
    store.close();
  });
});
