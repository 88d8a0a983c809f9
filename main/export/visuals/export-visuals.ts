/**
 * The visuals export: for each visual of the project a poster PDF and a
 * 300 dpi image file, and one PDF with every poster. Each poster is painted
 * once, into the combined document; each poster's own PDF is its page copied
 * out of that document when saved. Embedding the fonts anew per poster
 * would re-read each font file's tables every time (most of the export's time).
 * The screen edition is tagged (PDF/UA-1), as the book's is: each poster a
 * section of the combined document's structure, and the whole structure of
 * its own PDF, written there for its copied page.
 */
import { PDFDocument } from 'pdf-lib';
import { message, printable, UserError, type Locale, type ProjectData } from '../../model/index.js';
import { loadTemplate, type FontName, type Template } from '../template/index.js';
import { chartStyle } from '../../visuals/charts/style.js';
import { loadFontFamilies } from '../pdf/style/index.js';
import type { Edition } from '../pdf/document/geometry.js';
import type { StructNode } from '../pdf/tagged/index.js';
import { COMBINED_NAME, uniqueNames } from './file-names.js';
import { PosterCanvas } from './poster-canvas.js';
import type { PosterSize } from './poster-geometry.js';
import { posterStyles } from './poster-layout.js';
import { paintPoster } from './poster-paint.js';
import { hyphenatorFor } from '../pdf/hyphenate/index.js';
import { PosterParagraphs } from './poster-paragraphs.js';
import { planPosters } from './poster-plan.js';
import { RasterThread } from '../raster/index.js';
import { savePdf } from './save-pdf.js';
import { posterSources } from './sources.js';

export interface VisualsRequest {
  /** A template id or a template file; default the publication's own. */
  readonly template?: string;
  readonly size?: PosterSize;
  readonly edition?: Edition;
  /** The language of the notes to the editor; a chart's words are the publication's. */
  readonly locale?: Locale;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface VisualFile {
  /** A plain file name, no folder: `armoede-in-de-wijk.pdf`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface VisualsResult {
  readonly files: readonly VisualFile[];
  /** Visuals that could not be exported, as sentences for the editor. */
  readonly notes: readonly string[];
}

export async function exportVisuals(data: ProjectData, request: VisualsRequest = {}): Promise<VisualsResult> {
  const rasters = new RasterThread(2);
  try {
    // Titles, captions and the chart's words become SVG (XML) and PDF text, as in the publication.
    return await exportWith(rasters, printable(data), request);
  } finally {
    await rasters.close();
  }
}

async function exportWith(rasters: RasterThread, data: ProjectData, request: VisualsRequest): Promise<VisualsResult> {
  const locale = request.locale ?? 'nl';
  const template = loadTemplate(request.template ?? data.publication.templateId);
  const fonts = await loadFontFamilies(posterFamilies(template));
  const sources = posterSources(data, template, fonts);
  const names = uniqueNames(sources.map((s) => s.visual.title));
  const size = request.size ?? 'a3';
  const edition = request.edition ?? 'print';
  const combined = await PosterCanvas.create(edition, template);
  const paragraphs = new PosterParagraphs(fonts, hyphenatorFor(data.publication.hyphenation));
  const planned = planPosters(sources, { data, template, size, edition, names, paragraphs, rasters });
  // The combined document's pages in visual order, as they are painted.
  const painted: PaintedPoster[] = [];
  const notes: { index: number; text: string }[] = [];
  let done = 0;
  const paint = async (index: number): Promise<void> => {
    if (request.signal?.aborted === true) throw new UserError('exportCancelled');
    request.onProgress?.(done++, sources.length);
    const { visual, poster } = planned[index]!;
    if (poster === null) {
      notes.push({ index, text: message(locale, 'export.note.visualMissing', { title: visual.title }) });
      return;
    }
    try {
      const art = await poster.ready;
      const at = painted.filter((p) => p.index < index).length;
      const section = await paintPoster(combined, poster, art, template, fonts, at);
      painted.splice(at, 0, { index, name: `${names[index]}.pdf`, title: visual.title, section, image: poster.image });
    } catch (error) {
      // A picture whose bytes do not decode: said, and the other visuals still come out.
      const detail = error instanceof Error ? error.message : String(error);
      notes.push({ index, text: message(locale, 'export.note.visualUnreadable', { title: visual.title, detail }) });
    }
  };
  // The posters whose art is here are painted first, those that wait for the
  // raster thread (SVG pictures) after them, each put in its place: this
  // thread then paints while the pictures are drawn instead of waiting in turn.
  const waits = (index: number): number => (planned[index]!.poster?.awaitsRaster === true ? 1 : 0);
  for (const index of [...planned.keys()].sort((a, b) => waits(a) - waits(b) || a - b)) await paint(index);
  await combined.settled();
  const files = painted.length === 0 ? [] : await splitPosters(combined, painted, data);
  files.push(...(await Promise.all(painted.map((p) => p.image))));
  request.onProgress?.(sources.length, sources.length);
  return { files, notes: notes.sort((a, b) => a.index - b.index).map((n) => n.text) };
}

/** The families the posters and their charts set words in; the template's others (the body's) are not loaded. */
function posterFamilies(template: Template): FontName[] {
  const chart = chartStyle(template);
  return [...Object.values(posterStyles(template)).map((style) => style.font), chart.face.family, chart.bold.family];
}

interface PaintedPoster {
  readonly index: number;
  readonly name: string;
  readonly title: string;
  /** The poster's structure: a section of the combined document's, and the elements of its own PDF's. */
  readonly section: StructNode;
  readonly image: Promise<VisualFile>;
}

/** The combined PDF, and each of its pages as a PDF of its own (fonts subset to the whole set). */
async function splitPosters(canvas: PosterCanvas, posters: readonly PaintedPoster[], data: ProjectData): Promise<VisualFile[]> {
  const { doc, tags } = canvas;
  for (const poster of posters) tags.root.adopt(poster.section);
  tags.write();
  const bytes = await savePdf(doc, data.publication.title, data, canvas.pdfxOf(doc));
  // Copied from the document as saved (its fonts embedded by then), not parsed back from its bytes.
  const files: VisualFile[] = [];
  for (const [i, poster] of posters.entries()) {
    const own = await PDFDocument.create();
    const [page] = await own.copyPages(doc, [i]);
    own.addPage(page);
    const ownTags = tags.pageCopy(doc.getPage(i), page);
    for (const element of poster.section.children) ownTags.root.adopt(element);
    ownTags.write();
    files.push({ name: poster.name, bytes: await savePdf(own, poster.title, data, canvas.pdfxOf(own)) });
  }
  files.push({ name: `${COMBINED_NAME}.pdf`, bytes });
  return files;
}
