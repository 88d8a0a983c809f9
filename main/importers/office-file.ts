/**
 * Opening a DOCX or XLSX a user brings in: size first, then what the bytes
 * really are (a password-protected or old binary Office file is an OLE
 * compound file, not a zip), then the zip-bomb guard, then the part the
 * format must have. Only bytes that pass all of it reach mammoth or read-excel-file.
 */
import { UserError } from '../model/index.js';
import { readInput } from './input.js';
import { compoundKind, isCompoundFile } from './ole.js';
import { guardZip, looksLikeZip } from './zip-guard.js';

const formats = {
  docx: { name: 'Word', mainPart: 'word/document.xml', legacyName: 'Word 97-2003 (.doc)', modern: '.docx' },
  xlsx: { name: 'Excel', mainPart: 'xl/workbook.xml', legacyName: 'Excel 97-2003 (.xls)', modern: '.xlsx' },
} as const;

export type OfficeFormat = keyof typeof formats;

export function readOfficeFile(path: string, format: OfficeFormat): Uint8Array {
  const spec = formats[format];
  const bytes = readInput(path);
  if (isCompoundFile(bytes)) {
    const kind = compoundKind(bytes);
    if (kind === 'encrypted') throw new UserError('importEncrypted', { path }, 'OLE file with EncryptionInfo');
    if (kind === 'legacyWord' || kind === 'legacyExcel') {
      const legacy = kind === 'legacyWord' ? formats.docx : formats.xlsx;
      throw new UserError('importLegacyFormat', { path, format: legacy.legacyName, modern: legacy.modern }, kind);
    }
    throw new UserError('importCorrupt', { path, format: spec.name }, 'OLE file without an Office document');
  }
  if (!looksLikeZip(bytes)) throw new UserError('importCorrupt', { path, format: spec.name }, 'not a zip archive');
  const names = guardZip(bytes, path, spec.name);
  if (!names.has(spec.mainPart)) throw new UserError('importCorrupt', { path, format: spec.name }, `no ${spec.mainPart}`);
  return bytes;
}
