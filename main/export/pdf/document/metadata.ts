// The document information and the catalog's language, from the tree's metadata.
import type { PDFDocument } from 'pdf-lib';
import type { DocumentMeta } from '../../tree/types.js';

export function setMetadata(doc: PDFDocument, meta: DocumentMeta): void {
  doc.setTitle(meta.subtitle === '' ? meta.title : `${meta.title}: ${meta.subtitle}`, { showInWindowTitleBar: true });
  if (meta.authors.length > 0) doc.setAuthor(meta.authors.join(', '));
  if (meta.description !== '') doc.setSubject(meta.description);
  if (meta.keywords.length > 0) doc.setKeywords([...meta.keywords]);
  doc.setCreator('Bundel');
  doc.setProducer('Bundel (pdf-lib)');
  // Screen readers and hyphenating reflow need the language (/Lang in the catalog).
  doc.setLanguage(meta.language);
}
