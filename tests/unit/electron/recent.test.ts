import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readJson, writeJson } from '../../../main/electron/json-file.js';
import { RecentList, maxRecent, withOpened, without } from '../../../main/electron/recent.js';

const at = '2026-03-15T10:00:00.000Z';

describe('the recent list', () => {
  it('puts the newest first, each file once', () => {
    let list = withOpened([], '/p/a.bundel', at);
    list = withOpened(list, '/p/b.bundel', at);
    list = withOpened(list, '/p/./a.bundel', at);
    expect(list.map((e) => e.path)).toEqual(['/p/./a.bundel', '/p/b.bundel']);
    expect(list[1]).toEqual({ path: '/p/b.bundel', name: 'b', openedAt: at });
  });

  it(`keeps at most ${maxRecent}`, () => {
    let list: ReturnType<typeof withOpened> = [];
    for (let i = 0; i < 15; i++) list = withOpened(list, `/p/${i}.bundel`, at);
    expect(list).toHaveLength(maxRecent);
    expect(list[0]?.name).toBe('14');
  });

  it('forgets a file', () => {
    const list = withOpened(withOpened([], '/p/a.bundel', at), '/p/b.bundel', at);
    expect(without(list, '/p/a.bundel').map((e) => e.name)).toEqual(['b']);
  });
});

describe('settings files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const log = { warn: vi.fn(), error: vi.fn() };

  it('round-trips a valid list', async () => {
    const file = path.join(dir, 'sub', 'recent.json');
    const list = withOpened([], '/p/a.bundel', at);
    await writeJson(file, list);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(list);
    expect(await readJson(file, RecentList, [], log)).toEqual(list);
  });

  it('falls back on a missing, broken or invalid file, and says why in the log', async () => {
    expect(await readJson(path.join(dir, 'none.json'), RecentList, [], log)).toEqual([]);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '[{"path": ');
    expect(await readJson(broken, RecentList, [], log)).toEqual([]);
    const invalid = path.join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify([{ path: '/p/a.bundel', name: 'a', openedAt: 'gisteren' }]));
    expect(await readJson(invalid, RecentList, [], log)).toEqual([]);
    expect(log.warn).toHaveBeenCalledTimes(2);
  });
});
