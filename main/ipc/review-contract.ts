/**
 * The review round's channels, composed into the contract: making a copy for
 * one reviewer and importing what a reviewer sends back (a copy or a Word
 * file). Only zod, main/model and the contract's file schema are imported, so
 * the renderer gets these through contract.ts.
 */
import { z } from 'zod';
import { Author, Id, Line } from '../model/index.js';
import { ImportFile } from './files.js';

export const ReviewCopyRequest = z.strictObject({
  reviewer: Line(120).min(1),
  /** Null: taken from the name, "Samira El Amrani" → "SEA". */
  initials: Line(8).min(1).nullable(),
});
export type ReviewCopyRequest = z.infer<typeof ReviewCopyRequest>;

export const ReviewCopyMade = z.strictObject({ path: z.string(), reviewer: Author });
export type ReviewCopyMade = z.infer<typeof ReviewCopyMade>;

const ReviewImportEntry = z.strictObject({
  what: z.enum(['thread', 'reply', 'edit', 'resolved', 'reopened', 'status']),
  threadId: Id.nullable(),
  chapterId: Id,
  chapterTitle: z.string(),
  author: z.string(),
  /** The comment's text, or the new review status's code. */
  text: z.string(),
});
export type ReviewImportEntry = z.infer<typeof ReviewImportEntry>;

/** What `bundel review import --json` prints, for the app. */
export const ReviewImportReport = z.strictObject({
  source: z.enum(['copy', 'docx']),
  added: z.array(ReviewImportEntry),
  matched: z.array(ReviewImportEntry),
  /** Kept on the nearest text of their chapter (`kept`), or not placed when the chapter is gone. */
  unplaced: z.array(
    z.strictObject({
      threadId: Id.nullable(),
      chapterId: Id.nullable(),
      chapterTitle: z.string(),
      quote: z.string(),
      author: z.string(),
      text: z.string(),
      reason: z.enum(['passageGone', 'chapterGone']),
      kept: z.boolean(),
    }),
  ),
});
export type ReviewImportReport = z.infer<typeof ReviewImportReport>;

export const reviewRoundChannels = {
  /** Asks where to save (null: the user cancelled) and writes a copy that opens in reviewer mode. */
  'review.copy': { input: ReviewCopyRequest, output: ReviewCopyMade.nullable() },
  /** Merges a reviewer copy or a returned Word file into this project; bad files are refused with a Dutch sentence. */
  'review.import': { input: z.strictObject({ file: ImportFile }), output: ReviewImportReport },
};
