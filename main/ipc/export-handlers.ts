/**
 * The export channels: what the dialog can choose, and export jobs that run
 * in a worker thread (main/export/jobs) while the dialog polls their progress.
 */
import path from 'node:path';
import { ExportJobs, type ProjectSource } from '../export/jobs/jobs.js';
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
  /** Opens a file or folder with the system, or shows it in its folder; absent where there is no desktop. */
  show?(path: string, how: 'open' | 'folder'): Promise<void>;
}

type ExportChannels = 'export.options' | 'export.prepare' | 'export.start' | 'export.status' | 'export.cancel' | 'export.show';

export function exportHandlers(store: ProjectStore, given: ExportServices | undefined, language: Language): Pick<Handlers, ExportChannels> {
  const services = (): ExportServices => {
    if (given === undefined) throw new Error('this host offers no exports');
    return given;
  };
  return {
    'export.options': () => ({
      templates: templateIds().map((id) => {
        const template = loadTemplate(id);
        return { id, name: template.name, description: template.description };
      }),
      defaultTemplate: store.publication.get().templateId,
      withoutConsent: store.material
        .summaries()
        .filter((m) => m.usedIn.length > 0 && m.consent !== 'given')
        .map((m) => ({ id: m.id, title: m.title, consent: m.consent })),
      canShow: given?.show !== undefined,
    }),
    'export.prepare': (settings) => {
      // Where nothing can be exported there is nothing to set ahead.
      if (settings === null) given?.jobs.forget();
      else given?.jobs.prepare(projectOf(store), jobOf(settings, language));
      return null;
    },
    'export.start': async (settings) => {
      const name = path.basename(store.path, path.extname(store.path));
      // Asked before the file is chosen: the export set ahead in the dialog goes on meanwhile.
      const job = jobOf(settings, language);
      const target = await services().chooseTarget(settings.format, name);
      if (target === null) return null;
      return { jobId: services().jobs.start(projectOf(store), job, target) };
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
    'export.show': async ({ jobId, how }) => {
      const { show, jobs } = services();
      const status = jobs.status(jobId);
      if (show === undefined) throw new Error('this host cannot open files');
      if (status?.state !== 'done') throw new UserError('notFound', { what: 'Export', id: jobId });
      await show(status.path, how);
      return null;
    },
  };
}

/** The worker's job for the dialog's settings; its notes in the app's language of the moment. */
function jobOf(settings: ExportSettings, language: Language): ExportJobRequest {
  const { comments, edition, format, template, withoutConsent } = settings;
  const locale = language.current;
  return format === 'visuals'
    ? { kind: 'visuals', request: { size: settings.size ?? 'a3', edition, template, locale } }
    : { kind: 'publication', request: { format, template, edition, comments, withoutConsent, locale } };
}

/** The open project for the export jobs: read only when the worker does not hold this revision of it. */
function projectOf(store: ProjectStore): ProjectSource {
  return { revision: store.revision(), read: () => store.exportData() };
}
