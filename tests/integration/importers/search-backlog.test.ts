/**
 * An import's items are indexed for search just after its commit, not in it.
 * A search must still find them at once, a crash in between must not lose
 * them, and editing or deleting an item that is still waiting must leave the
 * index exactly as if it had been indexed at once.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { applyImport, preview } from '../../../main/importers/index.js';
import { emptyProject, type RichDoc } from '../../../main/model/index.js';
import { createProject, openProject, type ProjectStore } from '../../../main/store/index.js';
import { bundleScript } from '../../support/bundle.js';
import { scratchDir } from '../../support/store-files.js';

const ROWS = 300;

/** A list whose row n alone holds the words `buurttafel<n>` and `rij<n>`. */
function list(dir: string): string {
  const file = path.join(dir, 'lijst.csv');
  const lines = ['Titel;Tekst;Werkgroep'];
  for (let n = 1; n <= ROWS; n++) lines.push(`Verhaal rij${n};Over de buurttafel${n} en wie er kwam.;Werkgroep ${(n % 3) + 1}`);
  writeFileSync(file, lines.join('\r\n'));
  return file;
}

/** What the file itself holds, read beside the open store: items waiting, and index rows per material item. */
function onDisk(file: string): { waiting: number; rowsPerItem: Map<string, number> } {
  const db = new Database(file, { readonly: true });
  try {
    const waiting = db.prepare('SELECT COUNT(*) FROM search_pending').pluck().get() as number;
    const rows = db.prepare("SELECT ref, COUNT(*) AS n FROM search_docs WHERE type = 'material' GROUP BY ref").all() as { ref: string; n: number }[];
    return { waiting, rowsPerItem: new Map(rows.map((r) => [r.ref, r.n])) };
  } finally {
    db.close();
  }
}

/** A new project with the list imported, its items still waiting for the index. */
async function importedProject(): Promise<{ file: string; store: ProjectStore }> {
  const dir = scratchDir();
  const file = path.join(dir, 'p.bundel');
  const store = createProject(file, emptyProject('Test'));
  applyImport(store, await preview(store, list(dir)), { keepDuplicates: true });
  return { file, store };
}

const hitIds = (store: ProjectStore, query: string): string[] => store.search(query, 1000).map((h) => h.id);
const text = (s: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }] });

describe('search after an import', () => {
  it('finds the imported items at once, through the channels the app uses', async () => {
    const dir = scratchDir();
    const file = path.join(dir, 'p.bundel');
    const store = createProject(file, emptyProject('Test'));
    const dispatch = createDispatcher({
      handlers: createHandlers(store, { language: new Language('nl'), recent: () => [] }),
      language: new Language('nl'),
      log: { warn: () => {}, error: () => {} },
    });
    const chosen = { name: 'lijst.csv', bytes: readFileSync(list(dir)).toString('base64') };
    const options = { kind: 'story', splitHeadings: false, workgroup: null, session: null, mapping: null };
    const planned = await dispatch('import.preview', { file: chosen, options });
    if (!planned.ok) throw new Error(JSON.stringify(planned.error));
    const applied = await dispatch('import.apply', { planId: (planned.value as { planId: string }).planId, skip: [] });
    expect(applied).toMatchObject({ ok: true });
    // The items are in the file, their text not yet in the index: the search below must index them first.
    expect(onDisk(file).waiting).toBe(ROWS);
    const found = await dispatch('search', { query: 'buurttafel217', limit: 200 });
    expect(found).toMatchObject({ ok: true, value: [{ type: 'material', title: 'Verhaal rij217' }] });
    const all = await dispatch('search', { query: 'buurttafel', limit: 200 });
    expect(all.ok && (all.value as unknown[]).length).toBe(200);
    expect(onDisk(file)).toMatchObject({ waiting: 0 });
    expect(onDisk(file).rowsPerItem.size).toBe(ROWS);
    store.close();
  });

  it('indexes them in the background straight after the import, each once', async () => {
    const { file, store } = await importedProject();
    expect(onDisk(file).waiting).toBe(ROWS);
    await store.searchIndexed();
    const { waiting, rowsPerItem } = onDisk(file);
    expect(waiting).toBe(0);
    expect(rowsPerItem.size).toBe(ROWS);
    expect([...rowsPerItem.values()].every((n) => n === 1)).toBe(true);
    expect(hitIds(store, 'rij42 verhaal')).toHaveLength(1);
    store.close();
  });

  it('keeps an item edited or deleted while it waits exactly as edited or deleted, with no row twice', async () => {
    const { file, store } = await importedProject();
    const items = store.material.list();
    const edited = items.find((m) => m.title === 'Verhaal rij7')!;
    const deleted = items.find((m) => m.title === 'Verhaal rij8')!;
    // Both still wait to be indexed: no turn of the event loop since the import.
    expect(onDisk(file).waiting).toBe(ROWS);
    store.material.put({ ...edited, title: 'Verhaal herschreven', body: text('Nu over de moestuin aan de dijk.') });
    store.material.delete(deleted.id);

    const expectIndexAsEdited = () => {
      expect(hitIds(store, 'moestuin')).toEqual([edited.id]);
      expect(hitIds(store, 'herschreven')).toEqual([edited.id]);
      // The last word of a query is a prefix: "en" comes last, so buurttafel7 is not buurttafel70.
      expect(hitIds(store, 'buurttafel7 en')).toEqual([]);
      expect(hitIds(store, 'buurttafel8 en')).toEqual([]);
      expect(hitIds(store, 'rij8 verhaal')).toEqual([]);
      expect(hitIds(store, 'buurttafel9 en')).toHaveLength(1);
      const { waiting, rowsPerItem } = onDisk(file);
      expect(waiting).toBe(0);
      expect(rowsPerItem.size).toBe(ROWS - 1);
      expect(rowsPerItem.has(deleted.id)).toBe(false);
      expect([...rowsPerItem.values()].every((n) => n === 1)).toBe(true);
    };
    expectIndexAsEdited();
    // Whatever the background indexing still does must not bring back the old text or the deleted item.
    await store.searchIndexed();
    expectIndexAsEdited();
    store.close();
  });

  it('closes even when another program holds the file, leaving the items waiting for the next open', async () => {
    const { file, store } = await importedProject();
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    expect(() => store.close()).not.toThrow();
    other.exec('ROLLBACK');
    other.close();
    expect(onDisk(file).waiting).toBe(ROWS);
    const reopened = openProject(file);
    expect(hitIds(reopened, 'buurttafel123 en')).toHaveLength(1);
    expect(onDisk(file).waiting).toBe(0);
    reopened.close();
  });

  it('catches up when the project is opened after a crash left items waiting', async () => {
    const child = await bundleScript('tests/integration/importers/children/import-then-crash.ts');
    const dir = scratchDir();
    const file = path.join(dir, 'p.bundel');
    createProject(file, emptyProject('Test')).close();
    const run = spawnSync(process.execPath, [child, file, list(dir)], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('committed\n');
    expect(onDisk(file)).toMatchObject({ waiting: ROWS, rowsPerItem: new Map() });

    // Read-only, the file cannot be caught up, yet its searches find every item.
    const reader = openProject(file, { readOnly: true });
    expect(hitIds(reader, 'buurttafel123')).toHaveLength(1);
    reader.close();
    expect(onDisk(file).waiting).toBe(ROWS);

    // Opening starts the indexing by itself: nothing here asks for it, the file is only watched.
    const store = openProject(file);
    const deadline = Date.now() + 10_000;
    while (onDisk(file).waiting > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const { waiting, rowsPerItem } = onDisk(file);
    expect(waiting).toBe(0);
    expect(rowsPerItem.size).toBe(ROWS);
    expect(hitIds(store, 'buurttafel123')).toHaveLength(1);
    expect(store.check().ok).toBe(true);
    store.close();
  });
});
