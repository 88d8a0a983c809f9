// The document information, its XMP packet, dates and identity, and the
// catalog's language, from the tree's metadata.
import { randomUUID } from 'node:crypto';
import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import type { DocumentMeta } from '../../tree/types.js';
import { xmpPacket } from './xmp.js';

/** What the Info dictionary says, once, so the XMP can say the same. */
export interface DocumentInfo {
  readonly title: string;
  /** Empty when the publication names no authors. */
  readonly authors: readonly string[];
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  readonly producer: string;
  readonly language: string;
}

/** A publication's information: its title and subtitle, editors, description and keywords. */
export function documentInfo(meta: DocumentMeta): DocumentInfo {
  return {
    ...plainInfo(meta.subtitle === '' ? meta.title : `${meta.title}: ${meta.subtitle}`, meta.authors, meta.language),
    subject: meta.description,
    keywords: meta.keywords,
  };
}

/** A file's information with no subject or keywords (a poster's). */
export function plainInfo(title: string, authors: readonly string[], language: string): DocumentInfo {
  return { title, authors, subject: '', keywords: [], creator: 'Bundel', producer: 'Bundel (pdf-lib)', language };
}

export interface Conformance {
  /** `PDF/X-4` for a print edition (whose Info keys `PdfX4` sets), else null. */
  readonly pdfx: string | null;
  /** The part of PDF/UA a tagged file claims, else null. */
  readonly pdfua: number | null;
}

/** The Info dictionary, dates (`now`, to the second), a file identifier, and the XMP packet saying the same. */
export function setMetadata(doc: PDFDocument, info: DocumentInfo, now: Date, conformance: Conformance): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.authors.length > 0) doc.setAuthor(info.authors.join(', '));
  if (info.subject !== '') doc.setSubject(info.subject);
  if (info.keywords.length > 0) doc.setKeywords([...info.keywords]);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  // Screen readers and hyphenating reflow need the language (/Lang in the catalog).
  doc.setLanguage(info.language);
  // Whole seconds: the Info dictionary's dates have no more, and the XMP must say the same.
  const date = new Date(Math.floor(now.getTime() / 1000) * 1000);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const { context } = doc;
  const uuid = randomUUID();
  const id = PDFHexString.of(uuid.replace(/-/gu, ''));
  context.trailerInfo.ID = context.obj([id, id]);
  const xmp = new TextEncoder().encode(
    xmpPacket({ info, date, documentId: `uuid:${uuid}`, pdfxVersion: conformance.pdfx, pdfuaPart: conformance.pdfua }),
  );
  const metadata = context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length }));
  doc.catalog.set(PDFName.of('Metadata'), metadata);
}
