/**
 * The print edition as a PDF/X-4 file (ISO 15930-7:2010), the exchange format
 * Dutch print shops ask for besides X-1a: PDF 1.6; an output intent naming the
 * press condition with its CMYK profile embedded; every DeviceRGB colour and
 * image declared sRGB through a DefaultRGB colour space on each page (X-4 does
 * not allow RGB without a profile when the output intent is CMYK; the RIP then
 * converts it); the trapping state (not trapped) and the version in the Info
 * dictionary (the XMP packet that agrees with it, and the file identifier,
 * every file we write has: document/metadata.ts). Fonts are embedded and
 * the TrimBox and BleedBox are set by the pages themselves; annotations, which
 * X-4 does not allow on the printed area, are left out by the caller.
 */
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFString,
  type PDFContext,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { OUTPUT_CONDITION, type ColourProfiles, type IccProfile } from './profiles.js';

export const PDFX_VERSION = 'PDF/X-4';

export class PdfX4 {
  /** Made with the first page: a document of pages copied from another has theirs. */
  private defaultRgb: PDFArray | undefined;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly profiles: ColourProfiles,
  ) {
    const { context } = pdf;
    const intent = context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFX',
      OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION.identifier),
      OutputCondition: PDFString.of(OUTPUT_CONDITION.condition),
      RegistryName: PDFString.of(OUTPUT_CONDITION.registry),
      Info: PDFString.of(OUTPUT_CONDITION.condition),
      DestOutputProfile: iccStream(context, profiles.output),
    });
    pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  }

  /** What DeviceRGB is declared as: sRGB, one colour space for the document (a form placed on a page declares it too). */
  rgbSpace(): PDFArray {
    this.defaultRgb ??= this.pdf.context.obj([PDFName.of('ICCBased'), iccStream(this.pdf.context, this.profiles.srgb)]);
    return this.defaultRgb;
  }

  /** Declares the page's DeviceRGB colours and images sRGB. */
  page(page: PDFPage): void {
    const { context } = this.pdf;
    const resources = page.node.normalizedEntries().Resources;
    let spaces = resources.lookupMaybe(PDFName.of('ColorSpace'), PDFDict);
    if (spaces === undefined) {
      spaces = context.obj({});
      resources.set(PDFName.of('ColorSpace'), spaces);
    }
    spaces.set(PDFName.of('DefaultRGB'), this.rgbSpace());
  }

  /** The Info dictionary's keys of PDF/X: its version, and that the file is not trapped (the XMP says both too: see `setMetadata`). */
  finish(): void {
    const { context } = this.pdf;
    const infoDict = context.lookup(context.trailerInfo.Info, PDFDict);
    infoDict.set(PDFName.of('Trapped'), PDFName.of('False'));
    infoDict.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(PDFX_VERSION));
  }
}

const HEADER_17 = '%PDF-1.7';
const HEADER_16 = '%PDF-1.6';

/**
 * The saved file's header says PDF 1.6, the version X-4 is built on: pdf-lib
 * writes 1.7 whatever its context says. Both are eight bytes, so no offset moves.
 */
export function asPdf16(bytes: Uint8Array): Uint8Array {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_17.length));
  if (header !== HEADER_17) throw new Error(`unexpected PDF header ${JSON.stringify(header)}`);
  bytes.set(new TextEncoder().encode(HEADER_16), 0);
  return bytes;
}

function iccStream(context: PDFContext, profile: IccProfile): PDFRef {
  const dict = context.obj({ N: profile.components, Filter: 'FlateDecode', Length: profile.deflated.length });
  return context.register(PDFRawStream.of(dict, profile.deflated));
}
