/**
 * Guards against zip bombs before any library unpacks a DOCX or XLSX. The
 * central directory's declared sizes and entry count are judged first; then
 * every entry is inflated with its declared size as a hard ceiling, so an
 * entry that lies about its size is caught without ever holding more than it
 * declared. Only then is the archive handed to mammoth or read-excel-file.
 */
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../model/index.js';
import { megabytes } from './input.js';

export interface ZipLimits {
  maxEntries: number;
  /** The sum of all entries' uncompressed sizes. */
  maxTotalBytes: number;
  /** Uncompressed over compressed size of an entry past 1 MB; deflate itself cannot exceed about 1,032. */
  maxRatio: number;
}

export const officeZipLimits: ZipLimits = { maxEntries: 5_000, maxTotalBytes: 250 * 1024 * 1024, maxRatio: 1_000 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Whether the bytes start like a zip archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The central directory's entries; throws `importCorrupt` (with `format`) when it cannot be read. */
export function zipEntries(bytes: Uint8Array, path: string, format: string): ZipEntry[] {
  const corrupt = (detail: string) => new UserError('importCorrupt', { path, format }, detail);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: no Office document needs them, a bomb might.
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw corrupt('zip64 archive');
  if (offset + size > eocd) throw corrupt('central directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw corrupt(`bad central directory entry ${i}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses an archive that would unpack to too much (`importTooLarge`) or that
 * is not a sound zip (`importCorrupt`). Returns its entries' names.
 */
export function guardZip(bytes: Uint8Array, path: string, format: string, limits = officeZipLimits): Set<string> {
  const entries = zipEntries(bytes, path, format);
  const tooLarge = (size: number, detail: string) =>
    new UserError('importTooLarge', { path, size: megabytes(size), limit: megabytes(limits.maxTotalBytes) }, detail);
  if (entries.length > limits.maxEntries) throw tooLarge(bytes.length, `${entries.length} entries`);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes) throw tooLarge(declared, `declares ${declared} bytes uncompressed`);
  for (const entry of entries) {
    if (entry.uncompressedSize > Math.max(1024 * 1024, entry.compressedSize * limits.maxRatio)) {
      throw tooLarge(declared, `${entry.name}: ratio ${entry.uncompressedSize}/${entry.compressedSize}`);
    }
    inflateWithin(bytes, entry, path, format);
  }
  return new Set(entries.map((e) => e.name));
}

/** Inflates one entry with its declared size as the ceiling; more output, or different, is corrupt. */
function inflateWithin(bytes: Uint8Array, entry: ZipEntry, path: string, format: string): void {
  const corrupt = (detail: string) => new UserError('importCorrupt', { path, format }, `${entry.name}: ${detail}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw corrupt('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt('data past the end of the file');
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt('stored entry with two sizes');
    return;
  }
  if (entry.method !== 8) throw corrupt(`compression method ${entry.method}`);
  let out: Buffer;
  try {
    // One byte of headroom: an entry that inflates past its declared size fails here instead of growing.
    out = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // An entry that inflates past its declared size is an archive lying about itself.
    if (code === 'ERR_BUFFER_TOO_LARGE') throw corrupt('inflates past its declared size');
    throw corrupt((error as Error).message);
  }
  if (out.length !== entry.uncompressedSize) throw corrupt(`inflates to ${out.length}, declares ${entry.uncompressedSize}`);
}
