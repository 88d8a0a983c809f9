// What the main thread asks of an export worker, and what the worker tells it.
import type { ErrorParams, ProjectData, UserErrorCode } from '../../model/index.js';
import type { ExportRequest } from '../publication.js';
import type { VisualFile, VisualsRequest } from '../visuals/index.js';

/** The publication as one file, or the visuals as files in a folder. */
export type ExportJobRequest =
  | { readonly kind: 'publication'; readonly request: Omit<ExportRequest, 'onProgress' | 'signal'> }
  | { readonly kind: 'visuals'; readonly request: Omit<VisualsRequest, 'onProgress' | 'signal'> };

/**
 * `prepare`: while the editor is still choosing, load what every export needs
 * (the templates' fonts) and, given the project, set it once unseen (its words
 * shaped and hyphenated, the typesetter's code optimised), until a `run`
 * comes; `run`: one export. A worker runs one export at a time.
 */
export type WorkerRequest =
  | { readonly type: 'prepare'; readonly data?: ProjectData }
  | { readonly type: 'run'; readonly data: ProjectData; readonly job: ExportJobRequest };

export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly problems: string[]; readonly notes: string[] }
  | { readonly type: 'doneFiles'; readonly files: readonly VisualFile[]; readonly notes: string[] }
  /** `code` null: not the user's to fix (a bug); `detail` is for the log. */
  | { readonly type: 'failed'; readonly code: UserErrorCode | null; readonly params: ErrorParams; readonly detail: string };
