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

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'prepare') {
    void prepare();
    return;
  }
  run(request.data, request.job)
    .then((message) => post(message.message, message.transfer))
    .catch((error: unknown) => {
      post(
        isUserError(error)
          ? { type: 'failed', code: error.code, params: error.params, detail: error.message }
          : { type: 'failed', code: null, params: {}, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      );
    });
});

/** Every template's fonts, loaded once per worker; an export that comes meanwhile waits for the same loads. */
async function prepare(): Promise<void> {
  // A font that will not load is reported by the export that needs it, not here.
  await Promise.allSettled(templateIds().map(async (id) => loadTemplateFonts(loadTemplate(id))));
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
