// Content streams compressed with Node's native zlib. pdf-lib deflates every
// content stream with pako, in JavaScript, at its default level: for a
// 400-page book that was the largest single cost of save(). A book's pages are
// compressed as each is finished, so their operators do not all wait in memory
// for save() (a 400-page book's operators held at once were its peak).
import { deflateSync, constants } from 'node:zlib';
import { PDFArray, PDFContentStream, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

/** Every content stream still in operator form, the shared ones (crop marks) included. */
export function deflateContentStreams(pdf: PDFDocument): void {
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFContentStream) deflateStream(pdf, ref, object);
  }
}

/** The streams of a page no one draws on any more. */
export function deflatePageContents(pdf: PDFDocument, page: PDFPage): void {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) continue;
    const object = pdf.context.lookup(ref);
    if (object instanceof PDFContentStream) deflateStream(pdf, ref, object);
  }
}

function deflateStream(pdf: PDFDocument, ref: PDFRef, stream: PDFContentStream): void {
  const dict = stream.dict.clone(pdf.context);
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  const bytes = deflateSync(stream.getUnencodedContents(), { level: constants.Z_DEFAULT_COMPRESSION });
  pdf.context.assign(ref, PDFRawStream.of(dict, bytes));
}
