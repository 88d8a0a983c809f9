// What the export worker tells the main thread.
import type { ErrorParams, UserErrorCode } from '../../model/index.js';

export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly problems: string[]; readonly notes: string[] }
  /** `code` null: not the user's to fix (a bug); `detail` is for the log. */
  | { readonly type: 'failed'; readonly code: UserErrorCode | null; readonly params: ErrorParams; readonly detail: string };
