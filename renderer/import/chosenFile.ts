/**
 * A file the user chose, ready for the contract: its name and its bytes as
 * base64. Its size is judged before a byte is read, with the importers' own
 * sentence for a file that is too large.
 */
import { maxImportBytes, type ImportFile } from '../../main/ipc/contract.js';
import type { MessageKey } from '../../main/model/index.js';
import { bytesToBase64 } from '../api/base64.js';

export const acceptedFiles = '.docx,.csv,.xlsx';

export class FileTooLarge extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function tooLargeText(file: File, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  return t('error.importTooLarge', { path: file.name, size: megabytes(file.size), limit: megabytes(maxImportBytes) });
}

/** Throws FileTooLarge for a file over the contract's limit. */
export async function readChosenFile(file: File): Promise<ImportFile> {
  if (file.size > maxImportBytes) throw new FileTooLarge(file.name);
  return { name: file.name, bytes: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
