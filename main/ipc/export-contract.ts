/**
 * The export's channels, composed into the contract: what the dialog offers,
 * starting an export off the UI thread, following and cancelling it. Only
 * zod and main/model are imported, so the renderer gets these through
 * contract.ts.
 */
import { z } from 'zod';
import { Consent, Id } from '../model/index.js';

/** What the export dialog asks for. `visuals`: a poster PDF and a 300 dpi image of every visual, into a folder. */
export const ExportSettings = z.strictObject({
  format: z.enum(['pdf', 'docx', 'visuals']),
  /** The posters' paper (visuals only); A3 when absent. */
  size: z.enum(['a3', 'a4']).optional(),
  template: z.string().regex(/^[a-z0-9-]+$/).max(80),
  edition: z.enum(['screen', 'print']),
  comments: z.boolean(),
  /** Material without consent: refuse to export, leave it out, or include it in a marked draft. */
  withoutConsent: z.enum(['refuse', 'omit', 'include']),
});
export type ExportSettings = z.infer<typeof ExportSettings>;

export const ExportOptions = z.strictObject({
  templates: z.array(z.strictObject({ id: z.string(), name: z.string(), description: z.string() })),
  defaultTemplate: z.string(),
  /** Items shown in the chapters whose consent is not *gegeven*. */
  withoutConsent: z.array(z.strictObject({ id: Id, title: z.string(), consent: Consent })),
  /** The host can open what an export wrote, or show it in its folder (the desktop app; not the test bridge). */
  canShow: z.boolean(),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

export const ExportJob = z.strictObject({ jobId: z.uuid() });

export const ExportStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('running'), done: z.number().int().min(0), total: z.number().int().min(0) }),
  /** `path`: the file written, or for visuals the folder. */
  z.strictObject({ state: z.literal('done'), path: z.string(), notes: z.array(z.string()) }),
  /** `message`: the sentence to show, in the app's language. */
  z.strictObject({ state: z.literal('failed'), message: z.string() }),
  z.strictObject({ state: z.literal('cancelled') }),
]);
export type ExportStatus = z.infer<typeof ExportStatus>;

export const exportChannels = {
  'export.options': { input: z.strictObject({}), output: ExportOptions },
  /**
   * The dialog's settings as they stand: main sets that export ahead, so that exporting with them is quick.
   * Null: the dialog closed without exporting, and what was set ahead is dropped.
   */
  'export.prepare': { input: ExportSettings.nullable(), output: z.null() },
  /** Asks where to save (null: the user cancelled) and starts the export off the UI thread. */
  'export.start': { input: ExportSettings, output: ExportJob.nullable() },
  'export.status': { input: ExportJob, output: ExportStatus },
  'export.cancel': { input: ExportJob, output: z.null() },
  /** Opens what a finished export wrote (`open`), or shows it in its folder (`folder`); main knows the path, never the page. */
  'export.show': { input: z.strictObject({ jobId: z.uuid(), how: z.enum(['open', 'folder']) }), output: z.null() },
};
