// Content streams compressed with Node's native zlib. pdf-lib deflates every
// content stream with pako, in JavaScript, at its default level: for a
// 400-page book that was the largest single cost of save(). A book's pages are
// compressed as each is finished, on libuv's thread pool while the next pages
// are drawn, so their operators do not all wait in memory for save() (a
// 400-page book's operators held at once were its peak) and the second core
// does the compressing.
import { promisify } from 'node:util';
import { deflate, deflateSync, constants } from 'node:zlib';
import { PDFArray, PDFContentStream, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

const deflateAsync = promisify(deflate);
const OPTIONS = { level: constants.Z_DEFAULT_COMPRESSION };

/** Every content stream still in operator form, the shared ones (crop marks) included. */
export function deflateContentStreams(pdf: PDFDocument): void {
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    pdf.context.assign(ref, PDFRawStream.of(flateDict(pdf, object), deflateSync(operatorBytes(object), OPTIONS)));
  }
}

/**
 * Compresses the streams of finished pages in the background, one at a time:
 * each compression holds a few hundred KB of zlib state from the moment it is
 * queued on the thread pool, so queuing a whole book at once cost ~100 MB,
 * while one page is compressed far sooner than the next is drawn.
 * `settled()` before saving.
 */
export class PageDeflater {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly pdf: PDFDocument) {}

  /** The streams of a page no one draws on any more. */
  add(page: PDFPage): void {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const object = this.pdf.context.lookup(ref);
      if (object instanceof PDFContentStream) this.deflate(ref, object);
    }
  }

  settled(): Promise<void> {
    return this.queue;
  }

  private deflate(ref: PDFRef, stream: PDFContentStream): void {
    const dict = flateDict(this.pdf, stream);
    const raw = operatorBytes(stream);
    // The operators go now; until the compressed bytes are back the stream stays
    // in the file uncompressed (and without the filter), so the document is whole
    // at every moment.
    this.pdf.context.assign(ref, PDFRawStream.of(stream.dict, raw));
    this.queue = this.queue.then(async () => {
      this.pdf.context.assign(ref, PDFRawStream.of(dict, await deflateAsync(raw, OPTIONS)));
    });
  }
}

function flateDict(pdf: PDFDocument, stream: PDFContentStream) {
  const dict = stream.dict.clone(pdf.context);
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return dict;
}

/**
 * The stream's operators as bytes. pdf-lib's getUnencodedContents copies them
 * one character at a time in JavaScript; its getContentsString is the same
 * text (each operator's arguments, its name, a newline), encoded here natively.
 */
function operatorBytes(stream: PDFContentStream): Uint8Array {
  return Buffer.from(stream.getContentsString(), 'latin1');
}
