/**
 * Files no tool would write on purpose, made byte by byte: a password-protected
 * Office file's container (an OLE compound file with the EncryptionInfo and
 * EncryptedPackage streams that Office writes; LibreOffice cannot encrypt from
 * the command line), and zip archives that lie about their sizes.
 */
import { deflateRawSync } from 'node:zlib';

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT = 0xfffffffd;

/** A version-3 compound file (512-byte sectors) holding `streams`, each padded to 4,096 bytes so none lives in the mini stream. */
export function compoundFile(streams: Record<string, Uint8Array>): Buffer {
  const names = Object.keys(streams);
  if (names.length > 3) throw new Error('one directory sector holds the root and three streams');
  const streamSectors = 8;
  const sectors = 2 + names.length * streamSectors;
  const file = Buffer.alloc(512 * (sectors + 1));
  const header = file.subarray(0, 512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const sector = (n: number) => file.subarray(512 * (n + 1), 512 * (n + 2));
  const fat = sector(0);
  for (let i = 0; i < 128; i++) fat.writeUInt32LE(FREE, i * 4);
  fat.writeUInt32LE(FAT, 0);
  fat.writeUInt32LE(END, 4);
  const directory = sector(1);
  const entry = (index: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = index * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory[at + 66] = type;
    directory[at + 67] = 1;
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END, 0, names.length ? 1 : FREE, FREE);
  names.forEach((name, i) => {
    const first = 2 + i * streamSectors;
    for (let s = 0; s < streamSectors; s++) fat.writeUInt32LE(s === streamSectors - 1 ? END : first + s + 1, (first + s) * 4);
    Buffer.from(streams[name]!.subarray(0, 4096)).copy(file, 512 * (first + 1));
    entry(i + 1, name, 2, first, 4096, FREE, i + 1 < names.length ? i + 2 : FREE);
  });
  return file;
}

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** The uncompressed size to declare, when it should lie. */
  declare?: number;
}

/** A zip archive of deflated parts, each declaring `declare` (or its true size) as its uncompressed size. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.data);
    const size = part.declare ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
