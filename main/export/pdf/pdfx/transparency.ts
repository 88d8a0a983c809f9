// Whether a document uses transparency, which PDF/X-4 allows and PDF/X-1a
// does not: an image with a soft mask (a PNG's alpha channel), or a graphics
// state that makes what follows see-through (a chart's translucent areas).
import { PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument } from 'pdf-lib';

const SMASK = PDFName.of('SMask');
const SUBTYPE = PDFName.of('Subtype');
const IMAGE = PDFName.of('Image');
const TYPE = PDFName.of('Type');
const EXT_G_STATE = PDFName.of('ExtGState');
const OPACITIES = [PDFName.of('ca'), PDFName.of('CA')];

export function usesTransparency(pdf: PDFDocument): boolean {
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(SUBTYPE) === IMAGE && object.dict.has(SMASK)) return true;
    if (object instanceof PDFDict && object.get(TYPE) === EXT_G_STATE) {
      if (OPACITIES.some((key) => { const value = object.get(key); return value instanceof PDFNumber && value.asNumber() < 1; })) return true;
      const mask = object.get(SMASK);
      if (mask !== undefined && mask !== PDFName.of('None')) return true;
    }
  }
  return false;
}
