// The document every poster is painted into, with its fonts, and one
// PageMaker per page shape: the crop marks, the same on every page of a
// shape, are then one content stream per shape instead of one per poster.
// A finished poster's content is compressed at once, as the book's pages are.
// In the print edition the posters are PDF/X-4 files, as the book is; in the
// screen edition they are tagged (PDF/UA-1), as the book is.
import { PDFDocument, type PDFArray, type PDFPage } from 'pdf-lib';
import type { Edition } from '../pdf/document/geometry.js';
import type { Template } from '../template/index.js';
import { Inks } from '../pdf/colour/index.js';
import { PdfFonts } from '../pdf/fonts/index.js';
import { colourProfiles, PdfX4, type ColourProfiles } from '../pdf/pdfx/index.js';
import { ImageProfiles } from '../pdf/images/index.js';
import { deflatePage } from '../pdf/document/deflate-streams.js';
import { isTagged, Tagger, Untagged, type Tags } from '../pdf/tagged/index.js';
import type { PageGeometry } from '../pdf/document/geometry.js';
import { PageMaker } from '../pdf/document/page-boxes.js';

export class PosterCanvas {
  private readonly makers = new Map<string, PageMaker>();
  /** The pictures' own colour profiles, each embedded once. */
  readonly imageProfiles: ImageProfiles;

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    /** Each poster's structure is a section of the document's, adopted in page order once all are painted. */
    readonly tags: Tags,
    /** The print edition's profiles, which each poster's own file embeds too; null on screen. */
    readonly profiles: ColourProfiles | null,
    private readonly pdfx: PdfX4 | null,
  ) {
    this.imageProfiles = new ImageProfiles(doc.context);
  }

  static async create(edition: Edition, template: Template): Promise<PosterCanvas> {
    const doc = await PDFDocument.create();
    const tagged = isTagged(edition);
    const tags = tagged ? new Tagger(doc) : new Untagged();
    if (edition === 'screen') return new PosterCanvas(doc, new PdfFonts(doc, Inks.screen, tagged), tags, null, null);
    const profiles = await colourProfiles();
    return new PosterCanvas(doc, new PdfFonts(doc, Inks.forPrint(template.inks), tagged), tags, profiles, new PdfX4(doc, profiles));
  }

  /** A new page with the boxes and crop marks of `g`, at index `at` (default the end). */
  addPage(g: PageGeometry, at = this.doc.getPageCount()): PDFPage {
    const shape = [g.edition, g.mediaWidth, g.mediaHeight, g.trimX, g.trimY, g.trimWidth, g.trimHeight, g.bleed].join(' ');
    let maker = this.makers.get(shape);
    if (maker === undefined) {
      maker = new PageMaker(this.doc, g, this.pdfx);
      this.makers.set(shape, maker);
    }
    const page = maker.addPage();
    const last = this.doc.getPageCount() - 1;
    if (at < last) {
      // PageMaker adds at the end; the page moves to its place.
      this.doc.removePage(last);
      this.doc.insertPage(at, page);
    }
    return page;
  }

  /** What the pages declare DeviceRGB to be (sRGB in the print edition), for the forms placed on them. */
  rgbSpace(): PDFArray | undefined {
    return this.pdfx?.rgbSpace();
  }

  /** The page is painted: its content is compressed in the background. */
  finished(page: PDFPage): void {
    deflatePage(this.doc, page);
  }

  /** The fonts written: before the document is saved. */
  async settled(): Promise<void> {
    await this.fonts.write();
  }

  /** The combined document's PDF/X-4 conformance, or a new document's (a poster's own file), in the print edition. */
  pdfxOf(doc: PDFDocument): PdfX4 | null {
    if (this.profiles === null) return null;
    return doc === this.doc ? this.pdfx : new PdfX4(doc, this.profiles);
  }
}
