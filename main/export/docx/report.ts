/** What an export did and what it could not do as asked, for the UI and the CLI. */
import type { TreeProblem } from '../tree/types.js';

export interface DocxWarning {
  readonly code: 'figurePlaceholder' | 'svgUnreadable' | 'unknownAnchor' | 'threadWithoutChapter';
  readonly message: string;
  readonly chapterId: string | null;
}

export interface DocxReport {
  readonly chapters: number;
  readonly figures: number;
  /** Figures shown as a placeholder (a chart not drawn yet, a missing or unreadable image). */
  readonly placeholders: number;
  readonly footnotes: number;
  readonly comments: number;
  /** Problems the document tree already had (a box showing a deleted item …), passed on. */
  readonly problems: readonly TreeProblem[];
  readonly warnings: readonly DocxWarning[];
  readonly bytes: number;
  readonly milliseconds: number;
}

export interface DocxProgress {
  readonly stage: 'chapters' | 'packing';
  readonly done: number;
  readonly total: number;
}

/** Counts and warnings gathered while the document is written. */
export class ReportLog {
  figures = 0;
  placeholders = 0;
  footnotes = 0;
  readonly warnings: DocxWarning[] = [];

  warn(code: DocxWarning['code'], message: string, chapterId: string | null): void {
    this.warnings.push({ code, message, chapterId });
  }
}
