/**
 * The PDF writer: a document tree and a template in, a print-ready (or
 * screen) PDF and a report out. The flow sets the chapters; document/
 * assembles everything around them.
 */
import type { PDFDocument } from 'pdf-lib';
import type { Template } from '../template/index.js';
import type { DocumentTree } from '../tree/types.js';
import type { PdfFonts } from './fonts/index.js';
import { flowChapter, flowContext } from './flow/index.js';
import { hyphenatorFor } from './hyphenate/index.js';
import { SvgPictures } from './images/index.js';
import { DOWNSAMPLING, PhotoScaler } from '../photos/index.js';
import { drawAhead, PaintResources, paintFlowPage } from './paint/index.js';
import { loadTemplateFonts } from './style/index.js';
import { assemblePdf, type ExportPdfOptions, type ExportPdfResult } from './document/assemble.js';
import type { Typesetting } from './document/typesetting.js';
import type { Tags } from './tagged/index.js';
import { tuneHeapForTypesetting } from './heap.js';

export type { ExportPdfOptions, ExportPdfResult } from './document/assemble.js';
export type { Edition } from './document/geometry.js';
export type { ChapterPages, LowResolutionImage, PdfReport } from './document/report.js';
export type { MissingGlyphs } from './document/glyph-coverage.js';
export type { ReportedFont } from './document/fonts-report.js';

/**
 * Writes the publication as PDF. Never throws on the project's content (what
 * cannot be set is in the report); throws UserError `exportCancelled` when
 * `options.signal` aborts.
 */
export async function exportPdf(tree: DocumentTree, template: Template, options: ExportPdfOptions): Promise<ExportPdfResult> {
  tuneHeapForTypesetting();
  const fonts = await loadTemplateFonts(template);
  const hyphenator = hyphenatorFor(tree.hyphenation);
  // A chapter's SVG pictures are read as vectors (or rasterised) on a thread of
  // their own, and its photos scaled for the edition on libuv's, while the next chapters are set.
  const pictures = new SvgPictures();
  const photos = new PhotoScaler(DOWNSAMPLING[options.edition]);
  const typesetting: Typesetting = {
    fonts,
    hyphenator,
    flowChapter: (chapter, pdfFonts) => {
      const flowed = flowChapter(chapter, flowContext(template, fonts, tree.labels, hyphenator, pdfFonts));
      drawAhead(pictures, flowed.pages, photos);
      return flowed;
    },
    painter: (doc: PDFDocument, pdfFonts: PdfFonts, tags: Tags) => {
      const resources = new PaintResources(doc, fonts.family(template.figure.caption.font), pdfFonts, (name) => fonts.family(name), pictures, tags, photos);
      return (page, flow, origin) => paintFlowPage(page, flow, origin, resources);
    },
  };
  try {
    return await assemblePdf(tree, template, options, typesetting);
  } finally {
    await pictures.close();
  }
}
