/**
 * The export worker: runs exports off the main thread, so the window stays
 * responsive and a font fault inside pdf-lib (which can throw from a timer,
 * EXPORT-NOTES) takes down this thread, not the app. Cancel = terminate.
 *
 * One worker runs one export after another (jobs.ts keeps it between them):
 * its fonts, shaped words and optimised code stay warm for the next export.
 * While the editor is in the Export dialog it sets that dialog's export ahead
 * (ahead.ts), and a run with the same settings on the same project takes it.
 */
import { parentPort } from 'node:worker_threads';
import { isUserError, type ProjectData } from '../../model/index.js';
import { exportPublication } from '../publication.js';
import { exportVisuals } from '../visuals/index.js';
import { exportKey } from './ahead.js';
import type { ExportJobRequest, WorkerMessage, WorkerRequest } from './messages.js';

const port = parentPort;
if (port === null) throw new Error('the export worker runs only as a worker thread');
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

/** What an export ends in: its message to main, never a rejection. */
interface Outcome {
  readonly message: Exclude<WorkerMessage, { type: 'progress' }>;
  readonly transfer: ArrayBuffer[];
}

/** The export set ahead, until its run comes or other settings (or another project) replace it. */
class Ahead {
  /** Its run came: from then on its progress is the job's. */
  adopted = false;
  readonly controller = new AbortController();
  readonly outcome: Promise<Outcome>;

  constructor(
    readonly key: string,
    data: ProjectData,
    job: ExportJobRequest,
  ) {
    const onProgress = (done: number, total: number): void => {
      if (this.adopted) post({ type: 'progress', done, total });
    };
    this.outcome = begin(() => exportOf(data, job, onProgress, this.controller.signal));
  }
}

let ahead: Ahead | null = null;
/** The project as main last sent it: a request without data is for this one (jobs.ts). */
let project: ProjectData | null = null;
/** The last export begun, ahead or not: the next waits for it, as one thread sets one book at a time. */
let last: Promise<unknown> = Promise.resolve();

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'forget') {
    // A kept worker would otherwise hold the book it set (megabytes), and the project, until it ends.
    ahead?.controller.abort();
    ahead = null;
    project = null;
    return;
  }
  project = request.data ?? project;
  if (project === null) throw new Error(`the export worker was asked to ${request.type} without ever being sent the project`);
  const data = project;
  if (request.type === 'prepare') {
    const key = exportKey(data, request.job);
    if (ahead?.key === key) return;
    // Set ahead for settings the editor has changed since: it stops at its next chapter.
    ahead?.controller.abort();
    ahead = new Ahead(key, data, request.job);
    return;
  }
  const found = ahead;
  ahead = null;
  // The digest only where there is an export set ahead to compare it with.
  if (found !== null && found.key === exportKey(data, request.job)) {
    found.adopted = true;
    void found.outcome.then(({ message, transfer }) => post(message.type === 'failed' ? message : { ...message, ahead: true }, transfer));
    return;
  }
  found?.controller.abort();
  const onProgress = (done: number, total: number): void => post({ type: 'progress', done, total });
  void begin(() => exportOf(data, request.job, onProgress)).then(({ message, transfer }) => post(message, transfer));
});

function begin(next: () => Promise<Outcome>): Promise<Outcome> {
  const outcome = last.then(next);
  last = outcome;
  return outcome;
}

async function exportOf(data: ProjectData, job: ExportJobRequest, onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<Outcome> {
  try {
    if (job.kind === 'visuals') {
      // Copied, not transferred: some files share their buffer with the project's image bytes.
      const { files, notes } = await exportVisuals(data, { ...job.request, onProgress, signal });
      return { message: { type: 'doneFiles', files, notes: [...notes] }, transfer: [] };
    }
    const result = await exportPublication(data, { ...job.request, onProgress, signal });
    const bytes = result.bytes;
    const problems = result.problems.map((p) => `${p.chapterTitle}: ${p.message}`);
    return { message: { type: 'done', bytes, problems, notes: [...result.notes] }, transfer: [bytes.buffer as ArrayBuffer] };
  } catch (error) {
    const message: Outcome['message'] = isUserError(error)
      ? { type: 'failed', code: error.code, params: error.params, detail: error.message }
      : { type: 'failed', code: null, params: {}, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    return { message, transfer: [] };
  }
}
