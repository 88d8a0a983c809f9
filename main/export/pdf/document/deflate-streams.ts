// Content streams compressed with Node's native zlib just before saving.
// pdf-lib deflates every content stream with pako, in JavaScript, at its
// default level: for a 400-page book that was the largest single cost of save().
import { deflateSync, constants } from 'node:zlib';
import { PDFContentStream, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';

export function deflateContentStreams(pdf: PDFDocument): void {
  const context = pdf.context;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const dict = object.dict.clone(context);
    dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    const bytes = deflateSync(object.getUnencodedContents(), { level: constants.Z_DEFAULT_COMPRESSION });
    context.assign(ref, PDFRawStream.of(dict, bytes));
  }
}
