/**
 * `bundel review import` and the app's import: what a reviewer sends back — a
 * reviewer copy (.bundel) or a Word file they commented in (.docx) — merged
 * into the master. The kind is told by the file's first bytes, not its name.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { now, UserError, type Timestamp } from '../model/index.js';
import { openProject, type ProjectStore } from '../store/index.js';
import { importWordComments } from './docx/merge-docx.js';
import { mergeReviewerCopy } from './merge-copy.js';
import type { ImportReport } from './types.js';

export async function importReview(master: string, file: string, at: Timestamp = now()): Promise<ImportReport> {
  const kind = kindOf(file);
  const store = openProject(master);
  try {
    return await importReviewInto(store, file, at, kind);
  } finally {
    store.close();
  }
}

/** Into a project that is open (the app's); `file` is read, never changed. */
export async function importReviewInto(store: ProjectStore, file: string, at: Timestamp = now(), kind = kindOf(file)): Promise<ImportReport> {
  if (kind === 'docx') return importWordComments(store, file, at);
  const copy = openProject(file, { readOnly: true });
  try {
    return mergeReviewerCopy(store, copy, file, at);
  } finally {
    copy.close();
  }
}

function kindOf(file: string): 'docx' | 'bundel' {
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('fileNotFound', { path: file });
    throw error;
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'docx';
  if (head.toString('latin1') === 'SQLite format 3\0') return 'bundel';
  throw new UserError('reviewImportUnsupported', { path: file });
}
