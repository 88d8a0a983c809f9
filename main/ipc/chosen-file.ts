/**
 * The importers and the review import read files by path, so a chosen file's
 * bytes are written to a private temp folder under their own name, used, and
 * removed right after. Messages name the file the user chose, not the copy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isUserError, UserError } from '../model/index.js';
import type { ImportFile } from './files.js';

export async function withChosenFile<T>(chosen: ImportFile, use: (file: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bundel-import-'));
  // The contract allows any plain name; Windows does not allow these characters or a trailing dot or space in one.
  const file = path.join(folder, chosen.name.replace(/[<>:"|?*]/g, '_').replace(/[. ]+$/, '') || 'bestand');
  try {
    writeFileSync(file, Buffer.from(chosen.bytes, 'base64'), { mode: 0o600 });
    return await use(file);
  } catch (error) {
    if (isUserError(error) && error.params.path === file) throw new UserError(error.code, { ...error.params, path: chosen.name }, error.detail);
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
