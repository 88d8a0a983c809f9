// The small settings files in the user data folder (recent list, window place, language).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readJson, readJsonSync, writeJson } from '../../../main/electron/json-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lands every write, in the order asked, when many come at once', async () => {
  const file = path.join(dir, 'recent.json');
  await Promise.all(Array.from({ length: 20 }, (_, i) => writeJson(file, { i })));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ i: 19 });
});

it('reads the default from a file broken by hand, and says so', async () => {
  const file = path.join(dir, 'language.json');
  const log = { warn: vi.fn(), error: vi.fn() };
  const Setting = z.strictObject({ locale: z.enum(['nl', 'en']) }).nullable();
  writeFileSync(file, '{"locale": "fr"}');
  expect(readJsonSync(file, Setting, null, log)).toBeNull();
  writeFileSync(file, 'niet eens JSON');
  expect(await readJson(file, Setting, null, log)).toBeNull();
  expect(log.warn).toHaveBeenCalledTimes(2);
  writeFileSync(file, '{"locale": "en"}');
  expect(readJsonSync(file, Setting, null, log)).toEqual({ locale: 'en' });
  expect(readJsonSync(path.join(dir, 'absent.json'), Setting, null, log)).toBeNull();
});
