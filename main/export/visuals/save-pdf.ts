// How the visuals export saves a PDF: its document information, and every
// stream compressed by Node's zlib. Whatever pdf-lib compresses itself it
// compresses with pako, in JavaScript, each stream with a fresh few hundred
// KB of zeroed state: content streams (deflated here beforehand), the fonts
// it embeds at save and, by default, object streams and the cross-reference
// stream. Saving 64 documents that came to about a tenth of the export's
// CPU time, counting the compiling and collecting it brought on. Without
// object streams a poster's PDF is a few KB (2 %) larger, and has the plain
// cross-reference table print workflows have always read. pdf-lib also
// yields to the event loop every 50 objects it writes, by default; each
// yield is a timer of at least a millisecond, and the 64 saves waited on
// them longer than they wrote. The export runs off the app's window thread,
// so nothing needs those turns.
import { deflateSync } from 'node:zlib';
import type { PDFDocument } from 'pdf-lib';
import type { ProjectData } from '../../model/index.js';
import { deflateContentStreams } from '../pdf/document/deflate-streams.js';

export function savePdf(doc: PDFDocument, title: string, data: ProjectData): Promise<Uint8Array> {
  doc.setTitle(title, { showInWindowTitleBar: true });
  if (data.publication.editors.length > 0) doc.setAuthor(data.publication.editors.join(', '));
  doc.setCreator('Bundel');
  doc.setProducer('Bundel (pdf-lib)');
  doc.setLanguage('nl-NL');
  deflateContentStreams(doc);
  flateNatively(doc);
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/**
 * pdf-lib's own compression of the streams it makes at save (embedded font
 * files, their ToUnicode maps), done by zlib instead, at the same default
 * level. A string is a CMap's text, one byte a character.
 */
function flateNatively(doc: PDFDocument): void {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
}
