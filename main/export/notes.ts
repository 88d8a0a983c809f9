/**
 * The writers' reports as sentences for the editor, in the UI's language:
 * what the export could not do as asked, never silently. The reports carry
 * data (rules, amounts, reasons, parts); every word is said here, from the
 * catalogue.
 */
import { message, type Locale } from '../model/index.js';
import type { DocxReport } from './docx/index.js';
import type { PdfReport } from './pdf/index.js';
import type { DocumentTree, TreeProblem } from './tree/index.js';

type AuditFinding = PdfReport['audit'][number];
type MissingGlyphs = PdfReport['missingGlyphs'][number];

/** What the tree could not resolve, said to the editor. */
export function problemNote(problem: TreeProblem, locale: Locale): string {
  return message(locale, `export.problem.${problem.code}`, { ref: problem.ref });
}

export function pdfNotes(report: PdfReport, tree: DocumentTree, locale: Locale): string[] {
  const chapter = chapterTitles(tree);
  // The audit counts pages in the chapter's flow; the editor reads the page numbers of the file.
  const firstPages = new Map(report.chapters.map((c) => [c.chapterId, c.firstPage]));
  const folio = (chapterId: string) => (page: number) => (firstPages.get(chapterId) ?? 1) + page - 1;
  return [
    ...report.missingGlyphs.map((m) => message(locale, 'export.note.missingGlyphs', { where: glyphsPlace(locale, m), characters: m.characters, context: m.context })),
    ...report.lowResolutionImages.map((i) => message(locale, 'export.note.lowResolution', { chapter: i.chapterTitle, page: i.page, dpi: Math.round(i.dpi) })),
    ...report.audit.map((a) =>
      message(locale, 'export.note.audit', { chapter: chapter(a.chapterId), page: folio(a.chapterId)(a.page), detail: auditDetail(locale, a, folio(a.chapterId)) }),
    ),
    ...report.unresolvedLinks.map((anchor) => message(locale, 'export.note.unresolvedLink', { anchor })),
    ...(report.colophonOverflows ? [message(locale, 'export.note.colophonOverflows')] : []),
    ...report.notPdfX.map((reason) => message(locale, 'export.note.notPdfX', { detail: message(locale, `export.notPdfX.${reason}`) })),
  ];
}

/**
 * What an audit finding found, as a clause for the note (or a test's failure
 * message), with `folio` turning the chapter's flow pages into the pages the
 * reader sees (unchanged by default).
 */
export function auditDetail(locale: Locale, finding: AuditFinding, folio: (page: number) => number = (page) => page): string {
  switch (finding.rule) {
    case 'overfull': {
      const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(finding.amount);
      return finding.text === null
        ? message(locale, 'export.audit.overfullArea', { amount })
        : message(locale, 'export.audit.overfull', { amount, text: finding.text });
    }
    case 'widow':
    case 'orphan':
    case 'headingLast':
      return message(locale, `export.audit.${finding.rule}`, { text: finding.text });
    case 'splitFigure': {
      const pages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(finding.pages.map((p) => String(folio(p))));
      return message(locale, 'export.audit.splitFigure', { figure: finding.figure, pages });
    }
  }
}

function glyphsPlace(locale: Locale, missing: MissingGlyphs): string {
  return missing.where.kind === 'chapter' ? missing.where.title : message(locale, `export.part.${missing.where.part}`);
}

export function docxNotes(report: DocxReport, tree: DocumentTree, locale: Locale): string[] {
  const chapter = chapterTitles(tree);
  return report.warnings.map((w) => message(locale, `export.note.${w.code}`, { chapter: w.chapterId === null ? '' : chapter(w.chapterId) }));
}

function chapterTitles(tree: DocumentTree): (id: string) => string {
  const titles = new Map(tree.chapters.map((c) => [c.id, c.title]));
  return (id) => titles.get(id) ?? id;
}
