// What painting flowed pages needs across a document: the embedded fonts, the
// image cache, a face for placeholder labels, the families charts name, and
// the document's tagging.
import type { PDFDocument } from 'pdf-lib';
import { PdfFonts, type FontFamily } from '../fonts/index.js';
import { layoutParagraph, type LineLayout } from '../text/index.js';
import { hexColor } from '../colour/index.js';
import type { FamilyOf } from '../drawing/index.js';
import type { SvgPictures } from '../images/index.js';
import type { PhotoScaler } from '../../photos/index.js';
import { ImageCache } from './images.js';
import { Untagged, type Tags } from '../tagged/index.js';

const LABEL_SIZE = 8;
const LABEL_COLOR = '#5b6770';

export class PaintResources {
  readonly fonts: PdfFonts;
  readonly images: ImageCache;

  /**
   * `fonts`: share the document's PdfFonts with whatever else draws text in it.
   * `families`: the template's families, which a chart's text names (pages
   * without charts need none: the label family stands in).
   * `pictures`: the export's SVG pictures, perhaps read or drawn while its chapters were set.
   * `tags`: the document's tagging, if it is tagged.
   * `photos`: the export's photos scaled by the edition's rule (none: kept as they came).
   */
  constructor(
    readonly doc: PDFDocument,
    private readonly labelFamily: FontFamily,
    fonts?: PdfFonts,
    readonly families: FamilyOf = () => labelFamily,
    pictures?: SvgPictures,
    readonly tags: Tags = new Untagged(),
    photos: PhotoScaler | null = null,
  ) {
    this.fonts = fonts ?? new PdfFonts(doc);
    this.images = new ImageCache(doc, pictures, photos);
  }

  /** A placeholder's label, centred in `width`. */
  labelLines(label: string, width: number): readonly LineLayout[] {
    const style = { family: this.labelFamily, size: LABEL_SIZE, color: hexColor(LABEL_COLOR) };
    return layoutParagraph([{ text: label, style }], { width, align: 'center', hyphenate: true }).lines;
  }
}
