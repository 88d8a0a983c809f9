// How the visuals export saves a PDF: its document information, every
// content stream compressed by Node's zlib (pdf-lib would compress them with
// pako, in JavaScript, each stream with a fresh few hundred KB of zeroed
// state), and the file saved as the book's is in the same edition
// (../pdf/document/save.ts). The fonts (fonts/cid-font.ts) and pictures
// (images/) are written compressed by zlib already.
import type { PDFDocument } from 'pdf-lib';
import type { ProjectData } from '../../model/index.js';
import { deflateContentStreams } from '../pdf/document/deflate-streams.js';
import type { Edition } from '../pdf/document/geometry.js';
import { plainInfo, setMetadata } from '../pdf/document/metadata.js';
import { saveEdition } from '../pdf/document/save.js';
import { asPdf16, PDFX_VERSION, type PdfX4 } from '../pdf/pdfx/index.js';
import { isTagged, PDFUA_PART } from '../pdf/tagged/index.js';

/**
 * `pdfx`: the print edition's PDF/X-4 conformance, finished here; null for the
 * screen edition, which claims PDF/UA-1 as the book's does (its structure
 * tree written before).
 */
export async function savePdf(doc: PDFDocument, title: string, data: ProjectData, pdfx: PdfX4 | null): Promise<Uint8Array> {
  const edition: Edition = pdfx === null ? 'screen' : 'print';
  const info = plainInfo(title, data.publication.editors, 'nl-NL');
  setMetadata(doc, info, new Date(), { pdfx: pdfx === null ? null : PDFX_VERSION, pdfua: isTagged(edition) ? PDFUA_PART : null });
  pdfx?.finish();
  deflateContentStreams(doc);
  const bytes = await saveEdition(doc, edition);
  return pdfx === null ? bytes : asPdf16(bytes);
}
