// Content streams compressed with Node's native zlib. pdf-lib deflates every
// content stream with pako, in JavaScript, at its default level: for a
// 400-page book that was the largest single cost of save().
//
// A book's pages are compressed as each is finished, so their operators do not
// all wait in memory for save() (a 400-page book's operators held at once were
// its peak). On this thread and at zlib's fastest level: the book's 9 MB of
// operators take ~65 ms so (185 ms at the default level, for a file 15 %
// smaller). Compressing them on libuv's thread pool while the next pages were
// drawn was slower: on two cores the export already keeps the second one busy
// (collector, compiler, raster thread), and the book then waited 0.3 s for
// its last pages' compression.
import { constants, deflateSync } from 'node:zlib';
import { PDFArray, PDFContentStream, PDFName, PDFRawStream, PDFRef, type PDFContext, type PDFDocument, type PDFPage } from 'pdf-lib';

const OPTIONS = { level: constants.Z_BEST_SPEED };

/** Every content stream still in operator form, the shared ones (crop marks) included. */
export function deflateContentStreams(pdf: PDFDocument): void {
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFContentStream) deflateStream(pdf.context, ref, object);
  }
}

/** The streams of a page no one draws on any more. */
export function deflatePage(pdf: PDFDocument, page: PDFPage): void {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) continue;
    const object = pdf.context.lookup(ref);
    if (object instanceof PDFContentStream) deflateStream(pdf.context, ref, object);
  }
}

function deflateStream(context: PDFContext, ref: PDFRef, stream: PDFContentStream): void {
  const dict = stream.dict.clone(context);
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  context.assign(ref, PDFRawStream.of(dict, deflateSync(operatorBytes(stream), OPTIONS)));
}

/**
 * The stream's operators as bytes. pdf-lib's getUnencodedContents copies them
 * one character at a time in JavaScript; its getContentsString is the same
 * text (each operator's arguments, its name, a newline), encoded here natively.
 */
function operatorBytes(stream: PDFContentStream): Uint8Array {
  return Buffer.from(stream.getContentsString(), 'latin1');
}
