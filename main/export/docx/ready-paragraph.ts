/**
 * A paragraph with its properties held ready. docx makes a paragraph's
 * properties a tree of components (the style, widow control, the list
 * numbering, the indent, each with its attributes) and walks that tree again
 * to write it, which for the ~3,800 paragraphs of a large publication was a
 * good part of the export and of its garbage. A ReadyParagraph is a Paragraph,
 * so it goes wherever one goes; it writes the same elements, in the same
 * order, that docx writes for the same options (the writer tests compare
 * them), and leaves its children (runs, links, bookmarks) to docx.
 */
import { Paragraph, type IContext, type IXmlableObject, type ParagraphChild, type SectionProperties } from 'docx';

export interface ParagraphFormat {
  readonly style: string;
  readonly widowControl?: boolean;
  /** A list item's number: `{reference}-{instance}`, the list docx numbers it in. */
  readonly numbering?: { readonly reference: string; readonly instance: number; readonly level: number };
  /** Exact line spacing (a spacer's height) with no space before or after, in twips. */
  readonly exactLine?: number;
  /** Twips. */
  readonly indentLeft?: number;
}

export class ReadyParagraph extends Paragraph {
  private readonly ready: IXmlableObject[];
  private readonly list: ParagraphFormat['numbering'];
  /** The section this paragraph ends, while the body is written (docx's Body sets it). */
  private section: SectionProperties | null = null;

  constructor(format: ParagraphFormat, children: readonly ParagraphChild[]) {
    super({ children: [...children] });
    // CT_PPr's order: the style, widow control, the numbering, the spacing, the indent.
    const ready: IXmlableObject[] = [{ 'w:pStyle': { _attr: { 'w:val': format.style } } }];
    if (format.widowControl === true) ready.push({ 'w:widowControl': {} });
    if (format.numbering !== undefined) {
      const { reference, instance, level } = format.numbering;
      ready.push({ 'w:numPr': [{ 'w:ilvl': { _attr: { 'w:val': level } } }, { 'w:numId': { _attr: { 'w:val': `{${reference}-${instance}}` } } }] });
    }
    if (format.exactLine !== undefined) ready.push({ 'w:spacing': { _attr: { 'w:after': 0, 'w:before': 0, 'w:line': format.exactLine, 'w:lineRule': 'exact' } } });
    if (format.indentLeft !== undefined) ready.push({ 'w:ind': { _attr: { 'w:left': format.indentLeft } } });
    this.ready = ready;
    this.list = format.numbering;
  }

  override addSectionProperties(section: SectionProperties): void {
    this.section = section;
  }

  override removeSectionProperties(): void {
    this.section = null;
  }

  override prepForXml(context: IContext): IXmlableObject {
    // What docx's paragraph properties do as they are written: the list instance gets its number.
    if (this.list !== undefined) context.file.Numbering.createConcreteNumberingInstance(this.list.reference, this.list.instance);
    const section = this.section?.prepForXml(context);
    const properties = section === undefined ? this.ready : [...this.ready, section];
    // Without options of its own the paragraph writes no properties, only its children.
    const written: unknown = super.prepForXml(context)?.['w:p'];
    return { 'w:p': [{ 'w:pPr': properties }, ...(Array.isArray(written) ? written : [])] };
  }
}
