import { Bookmark, Document, LevelFormat, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../../main/export/docx/package.js';
import { ReadyParagraph, type ParagraphFormat } from '../../../../main/export/docx/ready-paragraph.js';
import { openDocx } from './parts.js';

const lists = ['bullets', 'ordered'].map((reference) => ({ reference, levels: [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` })) }));

/** Each paragraph ends a section of its own, so all but the last carry section properties too. */
async function partsOf(paragraphs: Paragraph[]): Promise<{ body: string; numbering: string }> {
  const document = new Document({ numbering: { config: lists }, sections: paragraphs.map((paragraph) => ({ children: [new Paragraph('start'), paragraph] })) });
  const parts = await openDocx(packDocx(document, [], new Date(2026, 10, 30)));
  return { body: parts.text('word/document.xml'), numbering: parts.text('word/numbering.xml') };
}

function docxOptions(format: ParagraphFormat): IParagraphOptions {
  return {
    style: format.style,
    ...(format.widowControl === true ? { widowControl: true } : {}),
    ...(format.numbering === undefined ? {} : { numbering: { reference: format.numbering.reference, instance: format.numbering.instance, level: format.numbering.level, custom: true } }),
    ...(format.exactLine === undefined ? {} : { spacing: { before: 0, after: 0, line: format.exactLine, lineRule: LineRuleType.EXACT } }),
    ...(format.indentLeft === undefined ? {} : { indent: { left: format.indentLeft } }),
  };
}

describe('ReadyParagraph', () => {
  const formats: ParagraphFormat[] = [
    { style: 'Normal' },
    { style: 'Normal', widowControl: true },
    { style: 'ListParagraph', widowControl: true, numbering: { reference: 'bullets', instance: 0, level: 0 } },
    { style: 'ListParagraph', widowControl: true, numbering: { reference: 'ordered', instance: 3, level: 1 } },
    { style: 'ListParagraph', widowControl: true, indentLeft: 640 },
    { style: 'Normal', exactLine: 240 },
  ];
  const children = (): ParagraphChild[] => [new Bookmark({ id: 'b_kop', children: [new TextRun('Een kop')] }), new TextRun({ text: ' & meer', bold: true })];

  it('writes the XML docx writes for a Paragraph with the same options, numbering and section properties included', async () => {
    const ready = await partsOf(formats.map((format) => new ReadyParagraph(format, children())));
    const docx = await partsOf(formats.map((format) => new Paragraph({ ...docxOptions(format), children: children() })));
    // Bookmark ids count up over the whole process: the second document's are the first's plus a constant.
    const ids = (xml: string): string => xml.replace(/w:id="\d+"/g, 'w:id=""');
    expect(ids(ready.body)).toBe(ids(docx.body));
    expect(ready.numbering).toBe(docx.numbering);
    expect(ready.body).toContain('<w:pPr><w:pStyle w:val="ListParagraph"/><w:widowControl/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="');
    expect(ready.body).toContain('<w:ind w:left="640"/><w:sectPr>');
    expect(ready.body).toContain('<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="exact"/></w:pPr>');
  });
});
