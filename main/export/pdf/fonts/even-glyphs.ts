// fontkit's subsetter (TTFSubset) copies each glyph's bytes as they
// are and then, for a small subset, writes a short 'loca' table, which stores
// offsets halved. Fonts whose glyphs have odd byte lengths (Source Sans 3 and
// Noto Sans from Google Fonts use a long 'loca' with unpadded glyphs) then get
// misaligned offsets and most glyphs vanish from the page. Padding every glyph
// to an even length, as the TrueType spec recommends, keeps the subset sound.
// Glyph ids are unchanged, so what was measured is what is drawn.

const TABLE_RECORD = 16;
const HEADER = 12;
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const HEAD_CHECKSUM_ADJUSTMENT = 8;

interface Table {
  readonly tag: string;
  data: Uint8Array;
}

const fixed = new WeakMap<Uint8Array, Uint8Array>();

/** The font with every glyph padded to an even length and a long 'loca'; the same bytes if it needs nothing. */
export function withEvenGlyphs(bytes: Uint8Array): Uint8Array {
  let out = fixed.get(bytes);
  if (out === undefined) {
    out = padGlyphs(bytes);
    fixed.set(bytes, out);
  }
  return out;
}

function padGlyphs(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTables(bytes, view);
  const head = tables.find((t) => t.tag === 'head');
  const loca = tables.find((t) => t.tag === 'loca');
  const glyf = tables.find((t) => t.tag === 'glyf');
  if (head === undefined || loca === undefined || glyf === undefined) return bytes;
  const long = new DataView(head.data.buffer, head.data.byteOffset).getInt16(HEAD_INDEX_TO_LOC_FORMAT) === 1;
  if (!long) return bytes; // short offsets can only address even lengths
  const locaView = new DataView(loca.data.buffer, loca.data.byteOffset, loca.data.byteLength);
  const count = loca.data.byteLength / 4;
  const offsets = Array.from({ length: count }, (_, i) => locaView.getUint32(i * 4));
  if (offsets.every((offset) => offset % 2 === 0)) return bytes;

  const padded: Uint8Array[] = [];
  const newLoca = new Uint8Array(count * 4);
  const newLocaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let i = 0; i < count - 1; i++) {
    newLocaView.setUint32(i * 4, at);
    const glyph = glyf.data.subarray(offsets[i]!, offsets[i + 1]!);
    const even = new Uint8Array(glyph.byteLength + (glyph.byteLength % 2));
    even.set(glyph);
    padded.push(even);
    at += even.byteLength;
  }
  newLocaView.setUint32((count - 1) * 4, at);
  const newGlyf = new Uint8Array(at);
  let offset = 0;
  for (const glyph of padded) {
    newGlyf.set(glyph, offset);
    offset += glyph.byteLength;
  }
  glyf.data = newGlyf;
  loca.data = newLoca;
  head.data = head.data.slice();
  new DataView(head.data.buffer).setUint32(HEAD_CHECKSUM_ADJUSTMENT, 0);
  return writeFont(view.getUint32(0), tables);
}

function readTables(bytes: Uint8Array, view: DataView): Table[] {
  const numTables = view.getUint16(4);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const record = HEADER + i * TABLE_RECORD;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    tables.push({ tag, data: bytes.subarray(offset, offset + length) });
  }
  return tables;
}

function writeFont(sfntVersion: number, tables: readonly Table[]): Uint8Array {
  const directory = HEADER + tables.length * TABLE_RECORD;
  const size = tables.reduce((sum, t) => sum + align4(t.data.byteLength), directory);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, sfntVersion);
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = directory;
  tables.forEach((table, i) => {
    const record = HEADER + i * TABLE_RECORD;
    for (let c = 0; c < 4; c++) out[record + c] = table.tag.charCodeAt(c);
    out.set(table.data, offset);
    view.setUint32(record + 4, checksum(out, offset, table.data.byteLength));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.byteLength);
    offset += align4(table.data.byteLength);
  });
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  for (let i = 0; i < align4(length); i += 4) sum = (sum + view.getUint32(offset + i)) >>> 0;
  return sum;
}
