/**
 * The export channels: what the dialog can choose, and export jobs that run
 * in a worker thread (main/export/jobs) while the dialog polls their progress.
 */
import path from 'node:path';
import { ExportJobs } from '../export/jobs/jobs.js';
import type { ExportJobRequest } from '../export/jobs/messages.js';
import { loadTemplate, templateIds } from '../export/template/index.js';
import { errorMessage, message, UserError } from '../model/index.js';
import type { ProjectStore } from '../store/types.js';
import type { ExportSettings, ExportStatus } from './contract.js';
import type { Handlers } from './handlers.js';
import type { Language } from './language.js';

/** What the app around the project offers for exports: Electron asks with a save or folder dialog, the test bridge picks a folder. */
export interface ExportServices {
  /** A file for a publication, a folder for the visuals; `suggestedName` without extension. */
  chooseTarget(format: ExportSettings['format'], suggestedName: string): Promise<string | null>;
  readonly jobs: ExportJobs;
}

type ExportChannels = 'export.options' | 'export.start' | 'export.status' | 'export.cancel';

export function exportHandlers(store: ProjectStore, given: ExportServices | undefined, language: Language): Pick<Handlers, ExportChannels> {
  const services = (): ExportServices => {
    if (given === undefined) throw new Error('this host offers no exports');
    return given;
  };
  return {
    'export.options': () => {
      // Only the Export dialog asks, as it opens: an export is likely to follow, so a worker gets ready for it.
      given?.jobs.prepare(() => store.exportData());
      return {
        templates: templateIds().map((id) => {
          const template = loadTemplate(id);
          return { id, name: template.name, description: template.description };
        }),
        defaultTemplate: store.publication.get().templateId,
        withoutConsent: store.material
          .summaries()
          .filter((m) => m.usedIn.length > 0 && m.consent !== 'given')
          .map((m) => ({ id: m.id, title: m.title, consent: m.consent })),
      };
    },
    'export.start': async (settings) => {
      const name = path.basename(store.path, path.extname(store.path));
      const target = await services().chooseTarget(settings.format, name);
      if (target === null) return null;
      const { comments, edition, format, template, withoutConsent } = settings;
      // The notes are said in the language of the moment the export starts.
      const locale = language.current;
      const job: ExportJobRequest =
        format === 'visuals'
          ? { kind: 'visuals', request: { size: settings.size ?? 'a3', edition, template, locale } }
          : { kind: 'publication', request: { format, template, edition, comments, withoutConsent, locale } };
      return { jobId: services().jobs.start(store.exportData(), job, target) };
    },
    'export.status': ({ jobId }): ExportStatus => {
      const locale = language.current;
      const status = services().jobs.status(jobId);
      if (status === null) throw new UserError('notFound', { what: 'Export', id: jobId });
      switch (status.state) {
        case 'failed':
          return {
            state: 'failed',
            message:
              status.code === null
                ? message(locale, 'error.internal', { detail: status.detail.split('\n')[0] ?? '' })
                : errorMessage(locale, new UserError(status.code, status.params)),
          };
        case 'done':
          return { state: 'done', path: status.path, notes: [...status.problems, ...status.notes] };
        default:
          return status;
      }
    },
    'export.cancel': async ({ jobId }) => {
      await services().jobs.cancel(jobId);
      return null;
    },
  };
}
