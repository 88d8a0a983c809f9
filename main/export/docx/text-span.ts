/**
 * A run of text with at most a character style, bold and italics: nearly every
 * run of a publication. docx makes a TextRun a tree of property components and
 * walks that tree again to write it, which for the ~9,000 runs of a large
 * publication was a good part of the export. A TextSpan is a TextRun, so it
 * goes wherever one goes, but it holds its XML ready: the same elements, in the
 * same order, that docx writes for such a run (the writer tests compare them),
 * but for a soft hyphen, which it writes as Word's optional hyphen.
 */
import { TextRun, type IXmlableObject } from 'docx';

export interface SpanFormat {
  readonly style?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

const preserve = { _attr: { 'xml:space': 'preserve' } } as const;
const SOFT_HYPHEN = '\u00ad';

export class TextSpan extends TextRun {
  private readonly xml: IXmlableObject;

  constructor(text: string, format: SpanFormat = {}) {
    super({});
    // CT_RPr's order: the style, then bold, then italics, each with its complex-script twin.
    const properties: IXmlableObject[] = [];
    if (format.style !== undefined) properties.push({ 'w:rStyle': { _attr: { 'w:val': format.style } } });
    if (format.bold === true) properties.push({ 'w:b': {} }, { 'w:bCs': {} });
    if (format.italics === true) properties.push({ 'w:i': {} }, { 'w:iCs': {} });
    const content = runContent(text);
    this.xml = { 'w:r': properties.length === 0 ? content : [{ 'w:rPr': properties }, ...content] };
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

/** The run's text; a soft hyphen is Word's optional hyphen, an element of its own between texts. */
function runContent(text: string): IXmlableObject[] {
  if (!text.includes(SOFT_HYPHEN)) return [{ 'w:t': [preserve, text] }];
  return text.split(SOFT_HYPHEN).flatMap((part, i) => [
    ...(i > 0 ? [{ 'w:softHyphen': {} }] : []),
    ...(part === '' ? [] : [{ 'w:t': [preserve, part] }]),
  ]);
}
