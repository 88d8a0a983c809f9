/**
 * The export pipeline, shared by the command line and the app: a project's
 * data → the document tree → the writer of the asked format. Material without
 * consent is an explicit choice, never a silent default.
 */
import { nameList, UserError, type Locale, type ProjectData } from '../model/index.js';
import { exportDocx } from './docx/index.js';
import { docxNotes, pdfNotes, problemNote } from './notes.js';
import { exportPdf } from './pdf/index.js';
import { loadTemplate } from './template/index.js';
import { buildDocument, type BuildOptions, type DocumentTree, type TreeProblem } from './tree/index.js';

export const exportFormats = ['pdf', 'docx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRequest {
  readonly format: ExportFormat;
  /** A template id, or a path to a template file; default the publication's own. */
  readonly template?: string;
  readonly edition?: 'screen' | 'print';
  /** DOCX: carry the comment threads (default true). */
  readonly comments?: boolean;
  /** Material whose consent is not *gegeven*: refuse to export (default), leave it out, or include it. */
  readonly withoutConsent?: 'refuse' | 'omit' | 'include';
  /** The language of the notes to the editor; the publication's own words are in its language. */
  readonly locale?: Locale;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** What the tree could not resolve, with the sentence that says so to the editor. */
export type ExportProblem = TreeProblem & { readonly message: string };

export interface ExportResult {
  readonly bytes: Uint8Array;
  readonly problems: readonly ExportProblem[];
  /** What the writer could not do as asked, as sentences for the editor. */
  readonly notes: readonly string[];
}

export async function exportPublication(data: ProjectData, request: ExportRequest): Promise<ExportResult> {
  const locale = request.locale ?? 'nl';
  const template = loadTemplate(request.template ?? data.publication.templateId);
  const policy = request.withoutConsent ?? 'refuse';
  const tree = documentTree(data, {
    comments: request.format === 'docx' && (request.comments ?? true),
    omitWithoutConsent: policy === 'omit',
  });
  if (policy === 'refuse') refuseWithoutConsent(tree);
  const { onProgress, signal } = request;
  const problems = tree.problems.map((problem) => ({ ...problem, message: problemNote(problem, locale) }));
  if (request.format === 'pdf') {
    const { bytes, report } = await exportPdf(tree, template, { edition: request.edition ?? 'screen', onProgress, signal });
    return { bytes, problems, notes: pdfNotes(report, tree, locale) };
  }
  const { bytes, report } = await exportDocx(tree, template, { onProgress: (p) => onProgress?.(p.done, p.total) });
  return { bytes, problems, notes: docxNotes(report, tree, locale) };
}

/**
 * The last tree of each project: a kept export worker sets the project it
 * holds again (jobs.ts), and building the large project's tree takes 60–100 ms.
 * One per project, so that a worker holds at most one besides the project. A
 * tree is never changed once built.
 */
const trees = new WeakMap<ProjectData, { readonly key: string; readonly tree: DocumentTree }>();

function documentTree(data: ProjectData, options: Required<BuildOptions>): DocumentTree {
  const key = `${options.comments}|${options.omitWithoutConsent}`;
  const last = trees.get(data);
  if (last?.key === key) return last.tree;
  const tree = buildDocument(data, options);
  trees.set(data, { key, tree });
  return tree;
}

function refuseWithoutConsent(tree: DocumentTree): void {
  const titles = [...new Set(tree.problems.filter((p) => p.code === 'withoutConsent').map((p) => p.ref))];
  if (titles.length === 0) return;
  throw new UserError('withoutConsent', { count: titles.length, titlesList: nameList(titles) });
}
