/**
 * The writers' reports as sentences for the editor, in the UI's language:
 * what the export could not do as asked, never silently.
 */
import { message, type Locale } from '../model/index.js';
import type { DocxReport } from './docx/index.js';
import type { PdfReport } from './pdf/index.js';
import type { DocumentTree } from './tree/index.js';

export function pdfNotes(report: PdfReport, tree: DocumentTree, locale: Locale): string[] {
  const chapter = chapterTitles(tree);
  return [
    ...report.missingGlyphs.map((m) => message(locale, 'export.note.missingGlyphs', { where: m.where, characters: m.characters, context: m.context })),
    ...report.lowResolutionImages.map((i) => message(locale, 'export.note.lowResolution', { chapter: i.chapterTitle, page: i.page, dpi: Math.round(i.dpi) })),
    ...report.audit.map((a) => message(locale, 'export.note.audit', { chapter: chapter(a.chapterId), detail: a.detail })),
    ...report.unresolvedLinks.map((anchor) => message(locale, 'export.note.unresolvedLink', { anchor })),
    ...(report.colophonOverflows ? [message(locale, 'export.note.colophonOverflows')] : []),
    ...report.notPdfX.map((detail) => message(locale, 'export.note.notPdfX', { detail })),
  ];
}

export function docxNotes(report: DocxReport, tree: DocumentTree, locale: Locale): string[] {
  const chapter = chapterTitles(tree);
  return report.warnings.map((w) => message(locale, `export.note.${w.code}`, { chapter: w.chapterId === null ? '' : chapter(w.chapterId) }));
}

function chapterTitles(tree: DocumentTree): (id: string) => string {
  const titles = new Map(tree.chapters.map((c) => [c.id, c.title]));
  return (id) => titles.get(id) ?? id;
}
