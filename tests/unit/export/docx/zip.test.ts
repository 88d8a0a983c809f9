import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../../main/export/docx/zip.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
const xml = `<?xml version="1.0"?><w:document>${'<w:p><w:r><w:t>Één zin, één bewoner.</w:t></w:r></w:p>'.repeat(200)}</w:document>`;

/** The compression method of each entry, read from the central directory. */
function methods(bytes: Uint8Array): Record<string, number> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = view.length - 22;
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  const out: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const nameLength = view.readUInt16LE(at + 28);
    out[view.toString('utf8', at + 46, at + 46 + nameLength)] = view.readUInt16LE(at + 10);
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return out;
}

describe('zipParts', () => {
  const parts: [string, string | Uint8Array][] = [
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', xml],
    ['word/media/image1.png', png],
    ['word/media/foto één.JPG', png],
  ];
  const bytes = zipParts(parts, new Date(2026, 10, 30, 14, 7, 36));

  it('reads back, CRCs checked, with every part in the order given', async () => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(parts.map(([path]) => path));
    expect(await zip.file('word/document.xml')!.async('string')).toBe(xml);
    expect(await zip.file('word/media/image1.png')!.async('uint8array')).toEqual(png);
    expect(zip.file('word/media/image1.png')!.date.getMinutes()).toBe(7);
  });

  it('stores compressed images as they are and DEFLATEs the rest', () => {
    expect(methods(bytes)).toEqual({ '[Content_Types].xml': 8, 'word/document.xml': 8, 'word/media/image1.png': 0, 'word/media/foto één.JPG': 0 });
    expect(bytes.byteLength).toBeLessThan(xml.length / 4);
  });

  it('is the same for the same parts and date', () => {
    expect(zipParts(parts, new Date(2026, 10, 30, 14, 7, 36))).toEqual(bytes);
  });
});
