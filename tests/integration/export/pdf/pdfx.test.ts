// The print edition is a PDF/X-4 file: read back by poppler, qpdf and
// Ghostscript (as a press RIP would take it, through the file's output intent);
// the screen edition is none.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { artifactPath } from '../../../unit/export/pdf/fixtures.js';
import { exportDemo } from './demo-export.js';
import { pdfInfo } from './pdf-readers.js';
import { qpdfFile, type PdfDict } from './qpdf-objects.js';

const templates = ['werkplaats-a4', 'bundel-a5'] as const;

/** An ICC profile's device class and colour space (its header, bytes 12–20), and its signature. */
function iccHeader(bytes: Buffer): { deviceClass: string; colourSpace: string; signature: string } {
  return { deviceClass: bytes.toString('latin1', 12, 16), colourSpace: bytes.toString('latin1', 16, 20), signature: bytes.toString('latin1', 36, 40) };
}

/** Info's `D:YYYYMMDDHHmmSSZ` as the ISO form XMP uses. */
function isoDate(pdfDate: string): string {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z/u.exec(pdfDate);
  if (m === null) throw new Error(`not a PDF date: ${pdfDate}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

const text = (value: unknown): string => String(value).replace(/^u:/u, '');

/** One page separated into CMYK by Ghostscript, with the file's output intent as its output profile: 8 bits an ink, pixel by pixel. */
function separated(file: string, page: number, name: string): Buffer {
  const out = artifactPath(name);
  const log = execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-dUsePDFX3Profile', '-sDEVICE=pamcmyk32', '-r50', `-dFirstPage=${page}`, `-dLastPage=${page}`, '-o', out, file], { encoding: 'utf8' });
  expect(log).toBe('');
  const pam = readFileSync(out);
  return pam.subarray(pam.indexOf('ENDHDR\n') + 'ENDHDR\n'.length);
}

describe.each(templates)('the demo in %s, print edition', (templateId) => {
  const exported = () => exportDemo(templateId, 'print');

  test('says PDF/X-4 and PDF 1.6 to poppler', async () => {
    const { file, report } = await exported();
    const info = pdfInfo(file);
    expect(info.get('PDF subtype')).toBe('PDF/X-4');
    expect(info.get('PDF version')).toBe('1.6');
    expect(report.pdfx).toBe('PDF/X-4');
  });

  test('names the press condition and embeds its CMYK profile as the output intent', async () => {
    const pdf = qpdfFile((await exported()).file);
    const intents = pdf.dict(pdf.trailer['/Root'])['/OutputIntents'] as unknown[];
    expect(intents).toHaveLength(1);
    const intent = pdf.dict(intents[0]);
    expect(intent['/S']).toBe('/GTS_PDFX');
    expect(text(intent['/OutputConditionIdentifier'])).toBe('FOGRA39');
    expect(text(intent['/RegistryName'])).toBe('http://www.color.org');
    expect(pdf.dict(intent['/DestOutputProfile'])['/N']).toBe(4);
    expect(iccHeader(pdf.streamData(intent['/DestOutputProfile']))).toEqual({ deviceClass: 'prtr', colourSpace: 'CMYK', signature: 'acsp' });
  });

  test('declares every page sRGB, with trim and bleed boxes and no annotations', async () => {
    const pdf = qpdfFile((await exported()).file);
    expect(pdf.pages.length).toBeGreaterThan(20);
    for (const [i, page] of pdf.pages.entries()) {
      expect(page['/TrimBox'], `page ${i + 1}`).toBeDefined();
      expect(page['/BleedBox'], `page ${i + 1}`).toBeDefined();
      expect(page['/Annots'] ?? [], `page ${i + 1}`).toEqual([]);
      const spaces = pdf.dict(pdf.dict(page['/Resources'])['/ColorSpace']);
      const [family, profile] = spaces['/DefaultRGB'] as [string, string];
      expect(family).toBe('/ICCBased');
      expect(pdf.dict(profile)['/N']).toBe(3);
      expect(iccHeader(pdf.streamData(profile)).colourSpace).toBe('RGB ');
    }
  });

  test('carries XMP metadata that agrees with the Info dictionary, not trapped, with a file identifier', async () => {
    const pdf = qpdfFile((await exported()).file);
    const info = pdf.dict(pdf.trailer['/Info']);
    expect(info['/Trapped']).toBe('/False');
    expect(text(info['/GTS_PDFXVersion'])).toBe('PDF/X-4');
    expect((pdf.trailer['/ID'] as unknown[]).length).toBe(2);

    const metadata = pdf.dict(pdf.trailer['/Root'])['/Metadata'];
    expect(pdf.dict(metadata)['/Subtype']).toBe('/XML');
    const xmp = new DOMParser().parseFromString(pdf.streamData(metadata).toString('utf8'), 'text/xml');
    const one = (ns: string, name: string): string => xmp.getElementsByTagNameNS(ns, name).item(0)?.textContent ?? '';
    const PDFXID = 'http://www.npes.org/pdfx/ns/id/';
    const XMP = 'http://ns.adobe.com/xap/1.0/';
    const MM = 'http://ns.adobe.com/xap/1.0/mm/';
    const PDF = 'http://ns.adobe.com/pdf/1.3/';
    const DC = 'http://purl.org/dc/elements/1.1/';
    expect(one(PDFXID, 'GTS_PDFXVersion')).toBe('PDF/X-4');
    expect(one(PDF, 'Trapped')).toBe('False');
    expect(one(DC, 'title')).toBe(text(info['/Title']));
    expect(one(DC, 'creator')).toBe(text(info['/Author']));
    expect(one(PDF, 'Producer')).toBe(text(info['/Producer']));
    expect(one(XMP, 'CreatorTool')).toBe(text(info['/Creator']));
    expect(one(XMP, 'CreateDate')).toBe(isoDate(text(info['/CreationDate'])));
    expect(one(XMP, 'ModifyDate')).toBe(isoDate(text(info['/ModDate'])));
    expect(one(MM, 'DocumentID')).toMatch(/^uuid:[0-9a-f-]{36}$/u);
    expect(one(MM, 'VersionID')).not.toBe('');
    expect(one(MM, 'RenditionClass')).toBe('default');
  });

  test('separates in Ghostscript through its output intent: within the profile’s 300 % of ink, the text in black alone', async () => {
    const { file, report } = await exported();
    // The cover, a chapter's opening and the page after it, as a RIP that honours the output intent separates them.
    const opening = report.chapters[2]!.firstPage;
    for (const page of [1, opening, opening + 1]) {
      const pixels = separated(file, page, `demo-${templateId}-print-${page}.pam`);
      let inked = 0;
      // Full black: the body text's ink. A converted colour never reaches it (the profile stops black at 98 %).
      let fullBlack = 0;
      let fullBlackWithColour = 0;
      for (let i = 0; i + 3 < pixels.length; i += 4) {
        const [c, m, y, k] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
        const total = c + m + y + k;
        // The crop marks are registration colour, 400 % by design and outside the bleed.
        if (total === 4 * 255 || total === 0) continue;
        inked++;
        expect(total / 255, `page ${page}`).toBeLessThanOrEqual(3.01);
        if (k === 255) {
          fullBlack++;
          if (c + m + y > 0) fullBlackWithColour++;
        }
      }
      expect(inked, `page ${page} has something on it`).toBeGreaterThan(100);
      if (page === 1) continue;
      expect(fullBlack, `page ${page}: text in black`).toBeGreaterThan(500);
      expect(fullBlackWithColour, `page ${page}: black text with colour in it`).toBe(0);
    }
  });
});

describe.each(templates)('the demo in %s, screen edition', (templateId) => {
  test('is no PDF/X file and keeps its links', async () => {
    const { file, report } = await exportDemo(templateId, 'screen');
    expect(pdfInfo(file).get('PDF subtype')).toBeUndefined();
    expect(report.pdfx).toBeNull();
    const pdf = qpdfFile(file);
    expect(pdf.dict(pdf.trailer['/Root'])['/OutputIntents']).toBeUndefined();
    expect(pdf.pages.some((page: PdfDict) => ((page['/Annots'] ?? []) as unknown[]).length > 0)).toBe(true);
  });
});
