/**
 * The DOCX writer: a document tree and a template in, the bytes of a Word
 * document out, with a report of what it wrote and what it could not write as
 * asked. Comments are written when the tree has threads (the tree builder
 * leaves them out when comments were not asked for).
 */
import { Document, type ISectionOptions } from 'docx';
import type { Template } from '../template/index.js';
import type { DocumentTree } from '../tree/types.js';
import { Bookmarks } from './bookmarks.js';
import { chapterSection } from './chapters.js';
import { colophon } from './colophon.js';
import { CommentPlan } from './comments.js';
import type { WriteContext } from './context.js';
import { cover } from './cover.js';
import { embeddedFonts } from './fonts.js';
import { ListNumbering } from './lists.js';
import { corePropertiesXml, settingsXml } from './package-parts.js';
import { packDocx } from './package.js';
import { pageProperties } from './page.js';
import { ReportLog, type DocxProgress, type DocxReport } from './report.js';
import { blankHeads } from './running-heads.js';
import { documentStyles } from './styles.js';
import { renderSvgFallbacks } from './svg.js';
import { renderCharts } from './charts.js';
import { scalePhotos } from './photos.js';
import { SoftHyphens } from './soft-hyphens.js';
import { figuresOf } from '../tree/walk.js';
import { tableOfContents } from './toc.js';

export type { DocxProgress, DocxReport, DocxWarning } from './report.js';

export interface DocxOptions {
  /** Called after each chapter and before packing, for a progress bar. */
  readonly onProgress?: (progress: DocxProgress) => void;
  /** The creation date written into the core properties; now unless given (tests pin it). */
  readonly now?: Date;
}

export interface DocxResult {
  readonly bytes: Uint8Array;
  readonly report: DocxReport;
}

export async function exportDocx(tree: DocumentTree, template: Template, options: DocxOptions = {}): Promise<DocxResult> {
  const started = performance.now();
  const log = new ReportLog();
  const language = tree.meta.language || 'nl-NL';
  const figures = figuresOf(tree);
  // The SVG fallbacks render and the photos scale on libuv's pool while this thread lays out the charts.
  const [svgFallbacks, photos, charts] = await Promise.all([renderSvgFallbacks(figures, template), scalePhotos(figures, template), renderCharts(figures, template)]);
  const ctx: WriteContext = {
    template,
    labels: tree.labels,
    language,
    bookmarks: Bookmarks.of(tree),
    footnotes: {},
    numbering: new ListNumbering(template),
    log,
    svgFallbacks,
    charts,
    photos,
    softHyphens: new SoftHyphens(tree.hyphenation),
    chapterId: null,
    comments: null,
  };
  const comments = new CommentPlan(tree, log);

  const front = (children: ISectionOptions['children'], start: 'newPage' | 'rightPage'): ISectionOptions => ({
    properties: pageProperties(template, start, false),
    ...blankHeads(),
    children,
  });
  const colophonSection = front(colophon(tree.colophon, ctx), 'newPage');
  const sections: ISectionOptions[] = [front(cover(tree.cover, template), 'newPage')];
  if (template.colophon.placement === 'afterCover') sections.push(colophonSection);
  sections.push(front(tableOfContents(tree, template, ctx.bookmarks), template.page.chapterStart));
  tree.chapters.forEach((chapter, index) => {
    ctx.chapterId = chapter.id;
    ctx.comments = comments.chapter(chapter.id);
    sections.push(chapterSection(chapter, tree.meta.title, ctx, ctx.comments.atTitle, index === 0));
    options.onProgress?.({ stage: 'chapters', done: index + 1, total: tree.chapters.length });
  });
  if (template.colophon.placement === 'end') sections.push(colophonSection);

  const document = new Document({
    fonts: embeddedFonts(template),
    styles: documentStyles(template, language),
    numbering: { config: ctx.numbering.definitions() },
    footnotes: ctx.footnotes,
    comments: { children: comments.options },
    evenAndOddHeaderAndFooters: true,
    sections,
  });
  options.onProgress?.({ stage: 'packing', done: 0, total: 1 });
  const now = options.now ?? new Date();
  const bytes = packDocx(
    document,
    [
      { path: 'word/settings.xml', data: settingsXml(template, language) },
      { path: 'docProps/core.xml', data: corePropertiesXml(tree.meta, now) },
    ],
    now,
  );
  options.onProgress?.({ stage: 'packing', done: 1, total: 1 });
  return {
    bytes,
    report: {
      chapters: tree.chapters.length,
      figures: log.figures,
      placeholders: log.placeholders,
      footnotes: log.footnotes,
      comments: comments.options.length,
      problems: tree.problems,
      warnings: log.warnings,
      bytes: bytes.byteLength,
      milliseconds: performance.now() - started,
    },
  };
}
