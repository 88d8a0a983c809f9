import { Document, Paragraph, TextRun, type IRunOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../../main/export/docx/package.js';
import { TextSpan, type SpanFormat } from '../../../../main/export/docx/text-span.js';
import { openDocx } from './parts.js';

async function bodyOf(runs: TextRun[]): Promise<string> {
  const document = new Document({ sections: [{ children: [new Paragraph({ children: runs })] }] });
  const parts = await openDocx(packDocx(document, [], new Date(2026, 10, 30)));
  return parts.text('word/document.xml');
}

describe('TextSpan', () => {
  const texts = ['gewoon', '  spaties rond  ', `a & b < c > d "e" 'f'`, 'één'];
  const formats: SpanFormat[] = [];
  for (const style of [undefined, 'Hyperlink']) {
    for (const bold of [false, true]) for (const italics of [false, true]) formats.push({ ...(style === undefined ? {} : { style }), bold, italics });
  }

  it('writes the XML docx writes for a TextRun with the same text and format', async () => {
    const spans: TextRun[] = [];
    const runs: TextRun[] = [];
    for (const text of texts) {
      for (const format of formats) {
        spans.push(new TextSpan(text, format));
        const options: IRunOptions = { text, ...(format.bold ? { bold: true } : {}), ...(format.italics ? { italics: true } : {}), ...(format.style === undefined ? {} : { style: format.style }) };
        runs.push(new TextRun(options));
      }
    }
    expect(await bodyOf(spans)).toBe(await bodyOf(runs));
    expect(await bodyOf(spans)).toContain('<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">één</w:t></w:r>');
  });

  it('writes a soft hyphen as Word’s optional hyphen between the texts', async () => {
    const body = await bodyOf([new TextSpan('man\u00adtel\u00adzorg', { italics: true })]);
    expect(body).toContain(
      '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">man</w:t><w:softHyphen/><w:t xml:space="preserve">tel</w:t><w:softHyphen/><w:t xml:space="preserve">zorg</w:t></w:r>',
    );
    expect(body).not.toContain('\u00ad');
  });
});
