/**
 * Saving a document, as its edition asks.
 *
 * The screen edition is downloaded and read: its small objects are packed into
 * object streams with a cross-reference stream (PDF 1.5), compressed by Node's
 * zlib. A tagged book has some 9,000 structure elements and as many other small
 * objects; uncompressed they make the 400-page benchmark book a fifth larger
 * (5.5 against 4.6 MB). pdf-lib packs them the same way but compresses with
 * pako, in JavaScript, which took 0.1–0.3 s more than this. The layout of the file
 * follows pdf-lib's stream writer: streams stay outside, every other object
 * goes into a stream of at most `PER_STREAM` objects.
 *
 * The print edition goes to a press: a classic cross-reference table, as every
 * RIP reads it (PDF/X-1a and X-3 are PDF 1.3 and 1.4, which know no object
 * streams), written by pdf-lib in about half the packing's time (35–90 ms
 * against 85–125 ms for that book) for a file whose size no one waits for.
 */
import { constants, deflateSync } from 'node:zlib';
import {
  PDFCrossRefStream,
  PDFHeader,
  PDFName,
  PDFNumber,
  PDFObjectStream,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import type { Edition } from './geometry.js';

/** pdf-lib's default: small enough that a reader unpacks little to reach one object. */
const PER_STREAM = 50;
const DEFLATE = { level: constants.Z_BEST_SPEED };

export async function saveEdition(doc: PDFDocument, edition: Edition): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 50 objects by default, each time on a
  // timer of at least a millisecond; the export runs in a worker or the CLI,
  // where nothing waits for those turns.
  if (edition === 'print') return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false });
  // What pdf-lib's save() does before writing: embed what is still pending (images).
  await doc.flush();
  return ObjectStreamWriter.of(doc.context).serializeToBuffer();
}

type Indirect = [PDFRef, PDFObject];

class ObjectStreamWriter extends PDFWriter {
  static of(context: PDFContext): ObjectStreamWriter {
    return new ObjectStreamWriter(context, Number.POSITIVE_INFINITY);
  }

  protected override async computeBufferSize(): Promise<{ size: number; header: PDFHeader; indirectObjects: Indirect[]; trailer: PDFTrailer }> {
    const { context } = this;
    let objectNumber = context.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const written: Indirect[] = [];
    const write = (indirect: Indirect): void => {
      xref.addUncompressedEntry(indirect[0], size);
      size += this.computeIndirectObjectSize(indirect);
      written.push(indirect);
    };

    const packs: { ref: PDFRef; objects: Indirect[] }[] = [];
    for (const indirect of context.enumerateIndirectObjects()) {
      const [ref, object] = indirect;
      if (object instanceof PDFStream || ref.generationNumber !== 0) {
        write(indirect);
        continue;
      }
      let pack = packs[packs.length - 1];
      if (pack === undefined || pack.objects.length === PER_STREAM) {
        pack = { ref: PDFRef.of(objectNumber++), objects: [] };
        packs.push(pack);
      }
      xref.addCompressedEntry(ref, pack.ref, pack.objects.length);
      pack.objects.push(indirect);
    }
    for (const pack of packs) write([pack.ref, deflated(context, PDFObjectStream.withContextAndObjects(context, pack.objects, false))]);

    const xrefRef = PDFRef.of(objectNumber++);
    xref.dict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xref.addUncompressedEntry(xrefRef, size);
    const xrefOffset = size;
    // Its /W and /Index are set when its entries are: before the dictionary is copied.
    xref.updateDict();
    const xrefStream = deflated(context, xref);
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    written.push([xrefRef, xrefStream]);

    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: written, trailer };
  }
}

/** The stream's contents compressed, under a copy of its dictionary that says so (its /Length follows the new contents). */
function deflated(context: PDFContext, stream: PDFObjectStream | PDFCrossRefStream): PDFRawStream {
  const dict = stream.dict.clone(context);
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(dict, deflateSync(stream.getUnencodedContents(), DEFLATE));
}
