// Colour profiles for tests: a profile that makes its effect plain (red and
// blue swapped), and a PNG carrying a profile in its iCCP chunk.
import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

/**
 * An ICC v2 display profile whose red primary is sRGB's blue and whose blue is
 * sRGB's red (D50, gamma 2.2): what it calls red, a colour-managed viewer shows blue.
 */
export function swappedRedBlue(): Uint8Array {
  const s15 = (value: number): number => Math.round(value * 65536);
  const xyz = (x: number, y: number, z: number): Buffer => {
    const tag = Buffer.alloc(20);
    tag.write('XYZ ', 0, 'latin1');
    [x, y, z].forEach((v, i) => tag.writeInt32BE(s15(v), 8 + 4 * i));
    return tag;
  };
  const curve = Buffer.alloc(16);
  curve.write('curv', 0, 'latin1');
  curve.writeUInt32BE(1, 8);
  curve.writeUInt16BE(0x0233, 12);
  const name = 'Swapped red and blue (test)';
  const desc = Buffer.alloc(12 + name.length + 1 + 4 + 4 + 2 + 1 + 67);
  desc.write('desc', 0, 'latin1');
  desc.writeUInt32BE(name.length + 1, 8);
  desc.write(name, 12, 'latin1');
  const cprt = Buffer.concat([Buffer.from('text\0\0\0\0No copyright, test data\0', 'latin1')]);
  const tags: [string, Buffer][] = [
    ['desc', desc], ['cprt', cprt], ['wtpt', xyz(0.9642, 1, 0.8249)],
    ['rXYZ', xyz(0.1431, 0.0606, 0.7141)], ['gXYZ', xyz(0.3851, 0.7169, 0.0971)], ['bXYZ', xyz(0.4361, 0.2225, 0.0139)],
    ['rTRC', curve], ['gTRC', curve], ['bTRC', curve],
  ];
  const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let offset = 128 + 4 + 12 * tags.length;
  const table = Buffer.alloc(4 + 12 * tags.length);
  table.writeUInt32BE(tags.length, 0);
  const bodies: Buffer[] = [];
  tags.forEach(([sig, body], i) => {
    table.write(sig, 4 + 12 * i, 'latin1');
    table.writeUInt32BE(offset, 8 + 12 * i);
    table.writeUInt32BE(body.length, 12 + 12 * i);
    bodies.push(pad(body));
    offset += pad(body).length;
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8);
  header.write('mntrRGB XYZ ', 12, 'latin1');
  header.write('acsp', 36, 'latin1');
  [0.9642, 1, 0.8249].forEach((v, i) => header.writeInt32BE(s15(v), 68 + 4 * i));
  return new Uint8Array(Buffer.concat([header, table, ...bodies]));
}

/** `png` with `profile` in an iCCP chunk right after its header. */
export function withIccChunk(png: Uint8Array, profile: Uint8Array): Uint8Array {
  const body = Buffer.concat([Buffer.from('test profile\0\0', 'latin1'), deflateSync(profile)]);
  const typed = Buffer.concat([Buffer.from('iCCP', 'latin1'), body]);
  const chunk = Buffer.alloc(typed.length + 8);
  chunk.writeUInt32BE(body.length, 0);
  typed.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typed), typed.length + 4);
  const afterHeader = 8 + 25;
  return new Uint8Array(Buffer.concat([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)]));
}

/** A square PNG of one colour (8 × 8 unless said), with `profile` in an iCCP chunk. */
export function pngWithProfile(profile: Uint8Array, colour: readonly [number, number, number] = [31, 111, 120], size = 8): Uint8Array {
  const image = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) image.data.set([...colour, 255], i * 4);
  return withIccChunk(PNG.sync.write(image, { colorType: 2 }), profile);
}
