/**
 * The import's channels, composed into the contract: previewing what a Word
 * file or a list would add, applying the plan, and pseudonymising a
 * contributor. Only zod, main/model and the contract's file schema are
 * imported, so the renderer gets these through contract.ts.
 */
import { z } from 'zod';
import { Consent, Id, ItemSource, Line, MaterialKind, importFields, importWarningCodes } from '../model/index.js';
import { ImportFile } from './files.js';

const count = z.number().int().min(0);

export const ImportField = z.enum(importFields);

export const ImportOptions = z.strictObject({
  /** The kind of every item from a Word document, and of rows without a kind. */
  kind: MaterialKind,
  /** Word: one item per heading instead of one for the document. */
  splitHeadings: z.boolean(),
  /** Workgroup and session by name for the whole batch (a row's own values go first); made at import when new. */
  workgroup: Line(120).min(1).nullable(),
  session: Line(200).min(1).nullable(),
  /** Lists: the column mapping the user chose (header → field or null), over the automatic or remembered one. */
  mapping: z.record(z.string().max(500), ImportField.nullable()).nullable(),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportPreview = z.strictObject({
  /** The plan waits in main under this id until it is imported or replaced by a newer preview. */
  planId: z.uuid(),
  format: z.enum(['docx', 'csv', 'xlsx']),
  items: z.array(
    z.strictObject({
      id: Id,
      kind: MaterialKind,
      title: z.string(),
      excerpt: z.string(),
      /** Where in the file: a row number or a heading. */
      source: ItemSource,
      workgroup: z.string().nullable(),
      session: z.string().nullable(),
      consent: Consent,
      /** The closest existing item (or earlier item of this file) when the text is nearly the same. */
      duplicate: z
        .strictObject({ of: z.enum(['existing', 'incoming']), id: Id, title: z.string(), similarity: z.number().min(0).max(1) })
        .nullable(),
    }),
  ),
  images: count,
  warnings: z.array(z.strictObject({ code: z.enum(importWarningCodes), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
  sheet: z
    .strictObject({
      headers: z.array(z.string()),
      mapping: z.record(z.string(), ImportField.nullable()),
      /** True when the mapping came from an earlier import of a list with these headers. */
      remembered: z.boolean(),
      encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
      separator: z.string().nullable(),
    })
    .nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportOutcome = z.strictObject({
  imported: z.array(z.strictObject({ id: Id, title: z.string() })),
  created: z.strictObject({ workgroups: z.array(z.string()), sessions: z.array(z.string()), contributors: z.array(z.string()) }),
  visuals: count,
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const PseudonymOutcome = z.strictObject({
  name: z.string(),
  pseudonym: z.string(),
  /** Material items and chapters whose text changed. */
  changed: count,
});
export type PseudonymOutcome = z.infer<typeof PseudonymOutcome>;

export const importChannels = {
  /** What importing the file would add, without writing anything; bad files are refused with the importers' message. */
  'import.preview': { input: z.strictObject({ file: ImportFile, options: ImportOptions }), output: ImportPreview },
  /** Writes a previewed plan in one transaction, leaving out the items the user unticked. */
  'import.apply': { input: z.strictObject({ planId: z.uuid(), skip: z.array(Id).max(100_000) }), output: ImportOutcome },
  /** Replaces the contributor's name by the pseudonym in all material and chapters, as one undoable step. */
  'contributors.pseudonymise': { input: z.strictObject({ id: Id, pseudonym: Line(120).min(1) }), output: PseudonymOutcome },
  'contributors.undoPseudonymisation': { input: z.strictObject({ id: Id }), output: PseudonymOutcome },
};
