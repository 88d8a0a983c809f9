/**
 * Reads the 100-byte SQLite header ourselves before SQLite sees the file, so a
 * foreign, cut-off or newer file is refused without SQLite touching it (SQLite
 * would happily treat a text file as an empty database, or write to a newer one).
 * https://www.sqlite.org/fileformat2.html#the_database_header
 */
import { closeSync, openSync, readSync } from 'node:fs';

export const HEADER_SIZE = 100;
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface SqliteHeader {
  pageSize: number;
  /** Pages in the file, or null when the header's count is not to be trusted. */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

export type HeaderVerdict =
  | { kind: 'sqlite'; header: SqliteHeader }
  /** Not an SQLite file at all. */
  | { kind: 'foreign' }
  /** The start of an SQLite file, cut off inside the header (or empty). */
  | { kind: 'truncated' }
  /** An SQLite header with impossible values. */
  | { kind: 'corrupt'; problem: string };

/** Reads up to the first 100 bytes of the file at `path`. */
export function readHeaderBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, buffer, 0, HEADER_SIZE, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function parseHeader(bytes: Buffer): HeaderVerdict {
  // An empty file is what an interrupted copy leaves most often.
  if (bytes.length === 0) return { kind: 'truncated' };
  const magicPart = Math.min(bytes.length, MAGIC.length);
  if (!bytes.subarray(0, magicPart).equals(MAGIC.subarray(0, magicPart))) return { kind: 'foreign' };
  if (bytes.length < HEADER_SIZE) return { kind: 'truncated' };

  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return { kind: 'corrupt', problem: `page size ${rawPageSize} is not a power of two from 512 to 65536` };
  }
  const changeCounter = bytes.readUInt32BE(24);
  const pageCount = bytes.readUInt32BE(28);
  const versionValidFor = bytes.readUInt32BE(92);
  return {
    kind: 'sqlite',
    header: {
      pageSize,
      // SQLite only trusts the page count when it was written together with the change counter.
      pageCount: changeCounter === versionValidFor && pageCount > 0 ? pageCount : null,
      userVersion: bytes.readUInt32BE(60),
      applicationId: bytes.readUInt32BE(68),
    },
  };
}

/** Whether a file of `size` bytes holds every page its header promises. */
export function isComplete(header: SqliteHeader, size: number): boolean {
  if (header.pageCount !== null) return size >= header.pageCount * header.pageSize;
  return size % header.pageSize === 0;
}
