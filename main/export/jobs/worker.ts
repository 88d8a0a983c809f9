/**
 * The export worker: runs exports off the main thread, so the window stays
 * responsive and a font fault inside pdf-lib (which can throw from a timer,
 * EXPORT-NOTES) takes down this thread, not the app. Cancel = terminate.
 *
 * One worker runs one export after another (jobs.ts keeps it between them):
 * its fonts, shaped words and optimised code stay warm for the next export.
 */
import { parentPort } from 'node:worker_threads';
import { isUserError, type ProjectData } from '../../model/index.js';
import { loadTemplateFonts } from '../pdf/style/index.js';
import { exportPublication } from '../publication.js';
import { loadTemplate, templateIds } from '../template/index.js';
import { exportVisuals } from '../visuals/index.js';
import type { ExportJobRequest, WorkerMessage, WorkerRequest } from './messages.js';

const port = parentPort;
if (port === null) throw new Error('the export worker runs only as a worker thread');
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
const onProgress = (done: number, total: number): void => post({ type: 'progress', done, total });

/** The warm-up of `prepare` while it runs: an export comes first, so it is aborted then. */
let warmUp: { readonly controller: AbortController; readonly done: Promise<void> } | null = null;

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'prepare') {
    if (warmUp === null) {
      const controller = new AbortController();
      warmUp = { controller, done: prepare(request.data, controller.signal) };
    }
    return;
  }
  const ready = warmUp;
  warmUp = null;
  ready?.controller.abort();
  // The warm-up stops at its next chapter; the export then finds what it did.
  (ready?.done ?? Promise.resolve())
    .then(() => run(request.data, request.job))
    .then((message) => post(message.message, message.transfer))
    .catch((error: unknown) => {
      post(
        isUserError(error)
          ? { type: 'failed', code: error.code, params: error.params, detail: error.message }
          : { type: 'failed', code: null, params: {}, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      );
    });
});

/**
 * Every template's fonts, loaded once per worker; then, given the project,
 * its PDF in its own template, thrown away. A cold export of the large
 * project takes half as long again as a warm one (tests/bench/RESULTS.md):
 * most of that is V8 optimising the typesetter and the first shaping and
 * hyphenation of each word, which this does while the dialog is open.
 */
async function prepare(data: ProjectData | undefined, signal: AbortSignal): Promise<void> {
  // A font that will not load, or a project that will not set, is reported by the export that meets it, not here.
  await Promise.allSettled(templateIds().map(async (id) => loadTemplateFonts(loadTemplate(id))));
  if (data === undefined || signal.aborted) return;
  await exportPublication(data, { format: 'pdf', edition: 'screen', withoutConsent: 'include', signal }).catch(() => undefined);
}

async function run(data: ProjectData, job: ExportJobRequest): Promise<{ message: WorkerMessage; transfer: ArrayBuffer[] }> {
  if (job.kind === 'visuals') {
    // Copied, not transferred: some files share their buffer with the project's image bytes.
    const { files, notes } = await exportVisuals(data, { ...job.request, onProgress });
    return { message: { type: 'doneFiles', files, notes: [...notes] }, transfer: [] };
  }
  const result = await exportPublication(data, { ...job.request, onProgress });
  const bytes = result.bytes;
  const problems = result.problems.map((p) => `${p.chapterTitle}: ${p.message}`);
  return { message: { type: 'done', bytes, problems, notes: [...result.notes] }, transfer: [bytes.buffer as ArrayBuffer] };
}
