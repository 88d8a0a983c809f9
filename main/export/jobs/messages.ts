// What the main thread asks of an export worker, and what the worker tells it.
import type { ErrorParams, ProjectData, UserErrorCode } from '../../model/index.js';
import type { ExportRequest } from '../publication.js';
import type { VisualFile, VisualsRequest } from '../visuals/index.js';

/** The publication as one file, or the visuals as files in a folder. */
export type ExportJobRequest =
  | { readonly kind: 'publication'; readonly request: Omit<ExportRequest, 'onProgress' | 'signal'> }
  | { readonly kind: 'visuals'; readonly request: Omit<VisualsRequest, 'onProgress' | 'signal'> };

/**
 * `prepare`: the editor is in the Export dialog with these settings; set that
 * export ahead, unseen, until a `run` comes (ahead.ts). `forget`: the editor
 * left the dialog without exporting; drop what was set ahead. `run`: one
 * export, which takes the one set ahead when settings and project are the
 * same. A worker sets one export at a time. `data` null: the project as this
 * worker was last sent it, unchanged since (jobs.ts knows its revision).
 */
export type WorkerRequest =
  | { readonly type: 'prepare'; readonly data: ProjectData | null; readonly job: ExportJobRequest }
  | { readonly type: 'forget' }
  | { readonly type: 'run'; readonly data: ProjectData | null; readonly job: ExportJobRequest };

/** `ahead`: the export was the one set ahead in the dialog. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly problems: string[]; readonly notes: string[]; readonly ahead?: true }
  | { readonly type: 'doneFiles'; readonly files: readonly VisualFile[]; readonly notes: string[]; readonly ahead?: true }
  /** `code` null: not the user's to fix (a bug); `detail` is for the log. */
  | { readonly type: 'failed'; readonly code: UserErrorCode | null; readonly params: ErrorParams; readonly detail: string };
