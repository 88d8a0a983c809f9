/**
 * The visuals export: for each visual of the project a poster PDF and a
 * 300 dpi image file, and one PDF with every poster. Each visual is laid out
 * and (for an SVG) rasterised once; its poster is painted into its own
 * document and into the combined one.
 */
import { PDFDocument } from 'pdf-lib';
import { message, UserError, type Locale, type ProjectData } from '../../model/index.js';
import { loadTemplate } from '../template/index.js';
import { PdfFonts } from '../pdf/fonts/index.js';
import { loadTemplateFonts } from '../pdf/style/index.js';
import type { Edition } from '../pdf/document/geometry.js';
import { aspectOf, readyArt } from './art.js';
import { COMBINED_NAME, uniqueNames } from './file-names.js';
import { visualImageFile } from './image-file.js';
import { paintPoster, type PosterCanvas } from './poster-paint.js';
import { posterGeometry, type PosterSize } from './poster-geometry.js';
import { layoutPoster } from './poster-layout.js';
import { posterTexts } from './poster-texts.js';
import { posterSources } from './sources.js';

export interface VisualsRequest {
  /** A template id or a template file; default the publication's own. */
  readonly template?: string;
  readonly size?: PosterSize;
  readonly edition?: Edition;
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
  const locale = request.locale ?? 'nl';
  const template = loadTemplate(request.template ?? data.publication.templateId);
  const fonts = await loadTemplateFonts(template);
  const sources = posterSources(data, template, fonts, locale);
  const names = uniqueNames(sources.map((s) => s.visual.title));
  const combined = await canvas();
  const files: VisualFile[] = [];
  const notes: string[] = [];
  for (const [i, { visual, art }] of sources.entries()) {
    if (request.signal?.aborted === true) throw new UserError('exportCancelled');
    request.onProgress?.(i, sources.length);
    if (art === null) {
      notes.push(message(locale, 'export.note.visualMissing', { title: visual.title }));
      continue;
    }
    const aspect = aspectOf(art);
    const g = posterGeometry(template, request.size ?? 'a3', request.edition ?? 'print', aspect);
    const layout = layoutPoster(g, posterTexts(data.publication, visual, i, sources.length), aspect, template, fonts);
    const own = await canvas();
    try {
      const ready = readyArt(art, layout.art.width);
      await paintPoster(own, g, layout, ready, template, fonts);
      await paintPoster(combined, g, layout, ready, template, fonts);
      files.push({ name: `${names[i]}.pdf`, bytes: await save(own.doc, visual.title, data) });
      files.push(visualImageFile(names[i]!, ready, layout.art.width));
    } catch (error) {
      // A picture whose bytes do not decode: said, and the other visuals still come out.
      notes.push(message(locale, 'export.note.visualUnreadable', { title: visual.title, detail: error instanceof Error ? error.message : String(error) }));
    }
  }
  if (combined.doc.getPageCount() > 0) files.push({ name: `${COMBINED_NAME}.pdf`, bytes: await save(combined.doc, data.publication.title, data) });
  request.onProgress?.(sources.length, sources.length);
  return { files, notes };
}

async function canvas(): Promise<PosterCanvas> {
  const doc = await PDFDocument.create();
  return { doc, fonts: new PdfFonts(doc) };
}

function save(doc: PDFDocument, title: string, data: ProjectData): Promise<Uint8Array> {
  doc.setTitle(title, { showInWindowTitleBar: true });
  if (data.publication.editors.length > 0) doc.setAuthor(data.publication.editors.join(', '));
  doc.setCreator('Bundel');
  doc.setProducer('Bundel (pdf-lib)');
  doc.setLanguage('nl-NL');
  return doc.save();
}
