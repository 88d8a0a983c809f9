import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules of DESIGN.md must bite: code that breaks them fails lint. */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('keeps main/model free of Node, storage and other layers', async () => {
    const problems = await restrictedImports(
      'main/model/example.ts',
      "import fs from 'node:fs';\nimport path from 'path';\nimport Database from 'better-sqlite3';\nimport { openProject } from '../store/index.js';\nexport const all = [fs, path, Database, openProject];\n",
    );
    expect(problems).toHaveLength(4);
  });

  it('lets main/model import zod, ProseMirror model and itself', async () => {
    const problems = await restrictedImports(
      'main/model/example.ts',
      "import { z } from 'zod';\nimport { Schema } from 'prosemirror-model';\nimport { Id } from './ids.js';\nexport const all = [z, Schema, Id];\n",
    );
    expect(problems).toEqual([]);
  });

  it('keeps the services (store, importers, export, review) from importing the IPC layer or a shell', async () => {
    const code = [
      "import { ImportPreview } from '../ipc/import-contract.js';",
      "import { startServer } from '../../web/server.js';",
      "import { ItemSource } from '../model/index.js';",
      "import { openProject } from '../store/index.js';",
      'export const all = [ImportPreview, startServer, ItemSource, openProject];',
    ].join('\n');
    expect(await restrictedImports('main/importers/example.ts', code)).toHaveLength(2);
    expect(await restrictedImports('main/export/pdf/example.ts', code)).toHaveLength(2);
  });

  it('lets the renderer reach main/ only through the model and the IPC contract', async () => {
    const code = [
      "import { schema } from '../main/model/index.js';",
      "import { channels } from '../main/ipc/contract.js';",
      "import { openProject } from '../main/store/index.js';",
      "import { handlers } from '../main/ipc/handlers.js';",
      "import { readFileSync } from 'node:fs';",
      'export const all = [schema, channels, openProject, handlers, readFileSync];',
    ].join('\n');
    const problems = await restrictedImports('renderer/example.ts', code);
    expect(problems).toHaveLength(3);
  });

  it('allows electron only in main/electron', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await restrictedImports('main/store/example.ts', code)).toHaveLength(1);
    expect(await restrictedImports('main/electron/example.ts', code)).toEqual([]);
  });
});
