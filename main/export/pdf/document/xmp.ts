// The XMP packet every PDF we write carries in its catalog: the same title,
// authors, subject, keywords, tools and dates as the Info dictionary (PDF/X-4
// asks for their agreement, PDF/UA for the title here), the document's
// identity, and the standards the file claims: PDF/X (with its trapping state)
// and PDF/UA.
import { xmlText } from '../../../model/index.js';
import type { DocumentInfo } from './metadata.js';

export interface XmpFacts {
  readonly info: DocumentInfo;
  /** Whole seconds, as the Info dictionary's dates have them. */
  readonly date: Date;
  /** `uuid:…`, also the trailer's ID. */
  readonly documentId: string;
  /** `PDF/X-4`, or null for a file that claims no PDF/X. */
  readonly pdfxVersion: string | null;
  /** The part of PDF/UA the file claims (1), or null. */
  readonly pdfuaPart: number | null;
}

export function xmpPacket({ info, date, documentId, pdfxVersion, pdfuaPart }: XmpFacts): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const alt = (name: string, value: string): string =>
    value === '' ? '' : `<${name}><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(value)}</rdf:li></rdf:Alt></${name}>`;
  const seq = (name: string, values: readonly string[]): string =>
    values.length === 0 ? '' : `<${name}><rdf:Seq>${values.map((v) => `<rdf:li>${xmlText(v)}</rdf:li>`).join('')}</rdf:Seq></${name}>`;
  const simple = (name: string, value: string): string => (value === '' ? '' : `<${name}>${xmlText(value)}</${name}>`);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
    ' xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    alt('dc:title', info.title),
    // One entry, as the Info dictionary's Author is one string: readers compare the two.
    seq('dc:creator', info.authors.length === 0 ? [] : [info.authors.join(', ')]),
    alt('dc:description', info.subject),
    `<dc:language><rdf:Bag><rdf:li>${xmlText(info.language)}</rdf:li></rdf:Bag></dc:language>`,
    simple('xmp:CreatorTool', info.creator),
    simple('xmp:CreateDate', stamp),
    simple('xmp:ModifyDate', stamp),
    simple('xmp:MetadataDate', stamp),
    simple('pdf:Producer', info.producer),
    // pdf-lib's Info dictionary joins the keywords with spaces; so does this.
    simple('pdf:Keywords', info.keywords.join(' ')),
    pdfxVersion === null ? '' : '<pdf:Trapped>False</pdf:Trapped>',
    simple('xmpMM:DocumentID', documentId),
    simple('xmpMM:InstanceID', documentId),
    '<xmpMM:VersionID>1</xmpMM:VersionID>',
    '<xmpMM:RenditionClass>default</xmpMM:RenditionClass>',
    simple('pdfxid:GTS_PDFXVersion', pdfxVersion ?? ''),
    simple('pdfuaid:part', pdfuaPart === null ? '' : String(pdfuaPart)),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
