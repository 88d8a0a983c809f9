/**
 * The export worker: runs one export off the main thread, so the window stays
 * responsive and a font fault inside pdf-lib (which can throw from a timer,
 * EXPORT-NOTES) takes down this thread, not the app. Cancel = terminate.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../../model/index.js';
import { exportPublication } from '../publication.js';
import { exportVisuals } from '../visuals/index.js';
import type { WorkerInput, WorkerMessage } from './messages.js';

const port = parentPort;
if (port === null) throw new Error('the export worker runs only as a worker thread');
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
const { data, job } = workerData as WorkerInput;
const onProgress = (done: number, total: number): void => post({ type: 'progress', done, total });

run()
  .then((message) => post(message.message, message.transfer))
  .catch((error: unknown) => {
    post(
      isUserError(error)
        ? { type: 'failed', code: error.code, params: error.params, detail: error.message }
        : { type: 'failed', code: null, params: {}, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    );
  });

async function run(): Promise<{ message: WorkerMessage; transfer: ArrayBuffer[] }> {
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
