// The XMP packet of every PDF: well-formed whatever the title holds, saying
// what the Info dictionary says, and claiming only the standards asked.
import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from 'vitest';
import { xmpPacket } from '../../../../../main/export/pdf/document/xmp.js';

const info = {
  title: 'Zorg & welzijn <samen>: "wij" \u0002en zij',
  authors: ['Eva Rademaker', 'Thomas Brouwer'],
  subject: '',
  keywords: ['mantelzorg', 'wijkteams'],
  creator: 'Bundel',
  producer: 'Bundel (pdf-lib)',
  language: 'nl-NL',
};

function parse(xml: string): (ns: string, name: string) => string[] {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return (ns, name) => Array.from(doc.getElementsByTagNameNS(ns, name)).map((e) => e.textContent ?? '');
}

test('is well-formed with markup characters and a control character in the title, which it keeps as printed', () => {
  const xmp = xmpPacket({ info, date: new Date('2026-12-02T10:11:12Z'), documentId: 'uuid:0f3c2d4e-1111-2222-3333-444455556666', pdfxVersion: 'PDF/X-4', pdfuaPart: 1 });
  const all = parse(xmp);
  expect(all('http://purl.org/dc/elements/1.1/', 'title')).toEqual(['Zorg & welzijn <samen>: "wij" en zij']);
  expect(all('http://purl.org/dc/elements/1.1/', 'creator')).toEqual(['Eva Rademaker, Thomas Brouwer']);
  expect(all('http://purl.org/dc/elements/1.1/', 'description')).toEqual([]);
  expect(all('http://ns.adobe.com/pdf/1.3/', 'Keywords')).toEqual(['mantelzorg wijkteams']);
  expect(all('http://ns.adobe.com/xap/1.0/', 'CreateDate')).toEqual(['2026-12-02T10:11:12Z']);
  expect(all('http://www.npes.org/pdfx/ns/id/', 'GTS_PDFXVersion')).toEqual(['PDF/X-4']);
  expect(xmp.startsWith('<?xpacket begin="\uFEFF"')).toBe(true);
});

test('claims PDF/X and its trapping state only for a print edition, PDF/UA only when asked', () => {
  const facts = { info, date: new Date('2026-12-02T10:11:12Z'), documentId: 'uuid:0f3c2d4e-1111-2222-3333-444455556666' };
  const screen = parse(xmpPacket({ ...facts, pdfxVersion: null, pdfuaPart: 1 }));
  expect(screen('http://www.npes.org/pdfx/ns/id/', 'GTS_PDFXVersion')).toEqual([]);
  expect(screen('http://ns.adobe.com/pdf/1.3/', 'Trapped')).toEqual([]);
  expect(screen('http://www.aiim.org/pdfua/ns/id/', 'part')).toEqual(['1']);
  const poster = parse(xmpPacket({ ...facts, pdfxVersion: 'PDF/X-4', pdfuaPart: null }));
  expect(poster('http://www.aiim.org/pdfua/ns/id/', 'part')).toEqual([]);
  expect(poster('http://ns.adobe.com/pdf/1.3/', 'Trapped')).toEqual(['False']);
});
