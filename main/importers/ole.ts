/**
 * OLE compound files (Microsoft's "structured storage"). Office writes two
 * kinds we meet: a password-protected DOCX or XLSX, which is such a file with
 * an `EncryptionInfo` and an `EncryptedPackage` stream, and the old binary
 * .doc and .xls formats. Reading the directory's stream names tells them apart.
 */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const DIRECTORY_ENTRY = 128;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b);
}

export type CompoundKind = 'encrypted' | 'legacyWord' | 'legacyExcel' | 'other';

export function compoundKind(bytes: Uint8Array): CompoundKind {
  const names = new Set(streamNames(bytes));
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('WordDocument')) return 'legacyWord';
  if (names.has('Workbook') || names.has('Book')) return 'legacyExcel';
  return 'other';
}

/** The names in the compound file's directory; a damaged directory yields what could be read. */
export function streamNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  // The first 109 FAT sectors are listed in the header; a directory chain in a file that needs more is not an Office document we read.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector >= 0xfffffffa) break;
    fatSectors.push(sector);
  }
  const perSector = sectorSize / 4;
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined) return END_OF_CHAIN;
    const at = sectorOffset(fat) + (sector % perSector) * 4;
    return at + 4 <= bytes.length ? view.getUint32(at, true) : END_OF_CHAIN;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector < 0xfffffffa && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    const start = sectorOffset(sector);
    for (let at = start; at + DIRECTORY_ENTRY <= Math.min(start + sectorSize, bytes.length); at += DIRECTORY_ENTRY) {
      const nameBytes = Math.min(view.getUint16(at + 64, true), 64);
      if (nameBytes < 2) continue;
      // UTF-16LE with a terminating NUL counted in the length.
      names.push(new TextDecoder('utf-16le').decode(bytes.subarray(at, at + nameBytes - 2)));
    }
  }
  return names;
}
