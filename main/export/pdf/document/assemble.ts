/**
 * The PDF document around the flow: chapters set into pages, then cover,
 * colophon, contents with real page numbers, running heads and folios, links,
 * bookmarks and metadata, in the geometry of the edition.
 */
import { PDFDocument } from 'pdf-lib';
import { UserError } from '../../../model/index.js';
import type { Template } from '../../template/index.js';
import type { DocumentTree, TocEntry } from '../../tree/types.js';
import { PdfFonts } from '../fonts/index.js';
import type { AuditFinding } from '../flow/types.js';
import { drawColophon } from './colophon.js';
import { drawCover } from './cover.js';
import { fontsOf } from './fonts-report.js';
import { Furniture, runningHeadText, type PageFurniture } from './furniture.js';
import { pageGeometry, textArea, top, type Edition, type PageGeometry } from './geometry.js';
import { coverTree, GlyphCoverage } from './glyph-coverage.js';
import { addLinks, type Destination, type LinkRequest } from './links.js';
import { documentInfo, setMetadata } from './metadata.js';
import { addOutline } from './outline.js';
import { PageMaker } from './page-boxes.js';
import { anchorPages, planPages, type FlowedChapter, type PlannedPage } from './page-plan.js';
import { notPdfX, PRINT_DPI, type ChapterPages, type LowResolutionImage, type PdfReport } from './report.js';
import { drawTocPage } from './toc-draw.js';
import { layoutToc, type TocPage } from './toc-layout.js';
import type { Typesetting } from './typesetting.js';
import { deflateContentStreams, deflatePage } from './deflate-streams.js';
import { saveEdition } from './save.js';
import { asPdf16, colourProfiles, PdfX4, PDFX_VERSION, usesTransparency } from '../pdfx/index.js';
import { Inks } from '../colour/index.js';
import { isTagged, PDFUA_PART, Tagger, Untagged, type StructNode } from '../tagged/index.js';
import type { ChapterNode } from '../../tree/types.js';

export interface ExportPdfOptions {
  readonly edition: Edition;
  /** Called with 0 first, then after each chapter is set, and once more when the file is written. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the export at the next chapter or page with a UserError `exportCancelled`. */
  readonly signal?: AbortSignal;
}

export interface ExportPdfResult {
  readonly bytes: Uint8Array;
  readonly report: PdfReport;
}

/** The contents settle when laying them out with the real numbers no longer changes their length. */
const TOC_PASSES = 4;
/** Before the real numbers are known, every entry gets the widest likely one. */
const PLACEHOLDER_PAGE = 888;

export async function assemblePdf(tree: DocumentTree, template: Template, options: ExportPdfOptions, typesetting: Typesetting): Promise<ExportPdfResult> {
  const { signal, onProgress } = options;
  checkAbort(signal);
  // Read while the chapters are set; an unreadable profile fails the export with them.
  const profiles = options.edition === 'print' ? colourProfiles() : null;
  const faces = typesetting.fonts.families.flatMap((f) => [f.regular, f.italic, f.bold, f.boldItalic]);
  const covered = coverTree(tree, new GlyphCoverage(faces));
  const doc = covered.tree;

  // The document exists from the start: each chapter's text is written in its
  // fonts as soon as the chapter is set, so no set lines wait for the painting.
  const pdf = await PDFDocument.create();
  const inks = options.edition === 'print' ? Inks.forPrint(template.inks) : Inks.screen;
  const fonts = new PdfFonts(pdf, inks, isTagged(options.edition));
  const total = doc.chapters.length + 1;
  onProgress?.(0, total);
  const flowed: FlowedChapter[] = [];
  const structures = new Map<ChapterNode, StructNode>();
  const audit: AuditFinding[] = [];
  for (const [i, chapter] of doc.chapters.entries()) {
    // Setting a chapter is synchronous: let an abort (and the rest of the process) in between chapters.
    await nextTurn();
    checkAbort(signal);
    const result = typesetting.flowChapter(chapter, fonts);
    flowed.push({ chapter, pages: result.pages });
    structures.set(chapter, result.structure);
    audit.push(...result.audit);
    onProgress?.(i + 1, total);
  }

  const g = pageGeometry(template, options.edition);
  const plan = settlePlan(doc, template, g, flowed, typesetting);
  const pdfx = profiles === null ? null : new PdfX4(pdf, await profiles);
  const written = await writePages(pdf, fonts, doc, template, g, plan, structures, typesetting, pdfx, signal);
  checkAbort(signal);
  const transparency = pdfx !== null && usesTransparency(written.pdf);
  deflateContentStreams(written.pdf);
  const saved = await saveEdition(written.pdf, options.edition);
  const bytes = pdfx === null ? saved : asPdf16(saved);
  onProgress?.(total, total);

  const report: PdfReport = {
    edition: options.edition,
    pageCount: plan.length,
    chapters: chapterPages(plan),
    tocPages: plan.flatMap((page, i) => (page.kind === 'toc' ? [i + 1] : [])),
    colophonPage: plan.findIndex((page) => page.kind === 'colophon') + 1,
    fonts: fontsOf(written.pdf),
    lowResolutionImages: options.edition === 'print' ? lowResolutionImages(plan) : [],
    missingGlyphs: covered.missing,
    audit,
    unresolvedLinks: written.unresolvedLinks,
    colophonOverflows: !written.colophonFits,
    pdfx: pdfx === null ? null : PDFX_VERSION,
    notPdfX: pdfx === null ? [] : notPdfX({ transparency, bodyInBlackOnly: inks.blackOnly(template.body.color) }),
    problems: tree.problems,
  };
  return { bytes, report };
}

/**
 * Lays out the contents with the page numbers the chapters get, which depend
 * on how many pages the contents take: repeated until the length holds.
 */
function settlePlan(tree: DocumentTree, template: Template, g: PageGeometry, flowed: readonly FlowedChapter[], typesetting: Typesetting): PlannedPage[] {
  const area = textArea(g, 1);
  const chapterAnchors = new Map(tree.chapters.map((c) => [c.id, c.anchor]));
  const layout = (pageOf: (entry: TocEntry) => number): TocPage[] =>
    tree.toc.length === 0 ? [] : layoutToc(tree.toc, tree.labels.contents, template, area, typesetting.fonts, pageOf);
  let toc = layout(() => PLACEHOLDER_PAGE);
  let plan = planPages(template, flowed, toc);
  for (let pass = 0; pass < TOC_PASSES; pass++) {
    const pages = anchorPages(plan);
    const numbered = layout((entry) => pages.get(entry.anchor) ?? pages.get(chapterAnchors.get(entry.chapterId) ?? '') ?? 0);
    const settled = numbered.length === toc.length;
    toc = numbered;
    plan = planPages(template, flowed, toc);
    if (settled) break;
  }
  return plan;
}

interface Written {
  readonly pdf: PDFDocument;
  readonly unresolvedLinks: string[];
  readonly colophonFits: boolean;
}

async function writePages(
  pdf: PDFDocument,
  fonts: PdfFonts,
  tree: DocumentTree,
  template: Template,
  g: PageGeometry,
  plan: readonly PlannedPage[],
  structures: ReadonlyMap<ChapterNode, StructNode>,
  typesetting: Typesetting,
  pdfx: PdfX4 | null,
  signal: AbortSignal | undefined,
): Promise<Written> {
  // A tagged edition (PDF/UA): everything painted is content of the structure,
  // whose elements follow the pages in reading order.
  const tags = isTagged(g.edition) ? new Tagger(pdf) : new Untagged();
  const paint = typesetting.painter(pdf, fonts, tags);
  const pages = new PageMaker(pdf, g, pdfx);
  const families = typesetting.fonts;
  const furnish = new Furniture(template, g, families, fonts, tags);
  const links: LinkRequest[] = [];
  const destinations = new Map<string, Destination>();
  let colophonFits = true;
  let toc: StructNode | null = null;

  for (const [i, planned] of plan.entries()) {
    checkAbort(signal);
    const number = i + 1;
    const page = pages.addPage();
    const area = textArea(g, number);
    let furniture: PageFurniture = { runningHead: null, folio: false };
    switch (planned.kind) {
      case 'cover':
        drawCover(page, tree.cover, template, g, families, fonts, tags);
        break;
      case 'colophon':
        colophonFits = drawColophon(page, tree.colophon, template, area, families, fonts, tags, typesetting.hyphenator);
        break;
      case 'blank':
        break;
      case 'toc':
        toc ??= tags.root.add('Sect');
        links.push(...drawTocPage(page, planned.toc, area, fonts, tags, toc));
        furniture = { runningHead: null, folio: true };
        break;
      case 'chapter': {
        const { chapter, flow } = planned;
        const structure = structures.get(chapter);
        if (planned.index === 0 && structure !== undefined) tags.root.adopt(structure);
        await paint(page, flow, { x: area.x, y: top(area) });
        if (planned.index === 0) destinations.set(chapter.anchor, { page, y: top(area) });
        for (const anchor of flow.anchors) if (!destinations.has(anchor.anchor)) destinations.set(anchor.anchor, { page, y: top(area) - anchor.y });
        for (const link of flow.links) {
          const rect = { x: area.x + link.x, y: top(area) - link.y - link.height, width: link.width, height: link.height };
          links.push({ page, rect, target: link.target, text: link.text, ...(link.tag === undefined ? {} : { tag: link.tag }) });
        }
        const head = flow.opensChapter ? null : runningHeadText(template, number, tree.cover.title, chapter.title);
        furniture = { runningHead: head, folio: true };
        break;
      }
    }
    furnish.draw(page, number, furniture);
    deflatePage(pdf, page);
  }
  await fonts.write();

  const unresolvedLinks = addLinks(pdf, links, destinations, pdfx === null, tags);
  tags.write();
  addOutline(pdf, tree.toc, destinations);
  const info = documentInfo(tree.meta);
  setMetadata(pdf, info, new Date(), { pdfx: pdfx === null ? null : PDFX_VERSION, pdfua: isTagged(g.edition) ? PDFUA_PART : null });
  pdfx?.finish();
  return { pdf, unresolvedLinks, colophonFits };
}

function chapterPages(plan: readonly PlannedPage[]): ChapterPages[] {
  const out: { chapterId: string; title: string; firstPage: number; pageCount: number }[] = [];
  plan.forEach((page, i) => {
    if (page.kind !== 'chapter') return;
    if (page.index === 0) out.push({ chapterId: page.chapter.id, title: page.chapter.title, firstPage: i + 1, pageCount: 0 });
    out[out.length - 1]!.pageCount += 1;
  });
  return out;
}

function lowResolutionImages(plan: readonly PlannedPage[]): LowResolutionImage[] {
  const found: LowResolutionImage[] = [];
  plan.forEach((page, i) => {
    if (page.kind !== 'chapter') return;
    for (const item of page.flow.items) {
      if (item.kind !== 'image' || item.dpi >= PRINT_DPI) continue;
      found.push({ chapterId: page.chapter.id, chapterTitle: page.chapter.title, figure: item.figure ?? null, page: i + 1, dpi: Math.round(item.dpi) });
    }
  });
  return found;
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new UserError('exportCancelled', {}, 'the PDF export was aborted');
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
