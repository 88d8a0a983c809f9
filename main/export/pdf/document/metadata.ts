// The document information and the catalog's language, from the tree's metadata.
import type { PDFDocument } from 'pdf-lib';
import type { DocumentMeta } from '../../tree/types.js';

/** What the Info dictionary says, once, so the print edition's XMP can say the same. */
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

export function setMetadata(doc: PDFDocument, info: DocumentInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.authors.length > 0) doc.setAuthor(info.authors.join(', '));
  if (info.subject !== '') doc.setSubject(info.subject);
  if (info.keywords.length > 0) doc.setKeywords([...info.keywords]);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  // Screen readers and hyphenating reflow need the language (/Lang in the catalog).
  doc.setLanguage(info.language);
}
