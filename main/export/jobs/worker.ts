/**
 * The export worker: runs one export off the main thread, so the window stays
 * responsive and a font fault inside pdf-lib (which can throw from a timer,
 * EXPORT-NOTES) takes down this thread, not the app. Cancel = terminate.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError, type ProjectData } from '../../model/index.js';
import { exportPublication, type ExportRequest } from '../publication.js';
import type { WorkerMessage } from './messages.js';

interface Input {
  readonly data: ProjectData;
  readonly request: Omit<ExportRequest, 'onProgress' | 'signal'>;
}

const port = parentPort;
if (port === null) throw new Error('the export worker runs only as a worker thread');
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
const { data, request } = workerData as Input;

exportPublication(data, { ...request, onProgress: (done, total) => post({ type: 'progress', done, total }) })
  .then((result) => {
    const bytes = result.bytes;
    post({ type: 'done', bytes, problems: result.problems.map((p) => `${p.chapterTitle}: ${p.message}`), notes: [...result.notes] }, [
      bytes.buffer as ArrayBuffer,
    ]);
  })
  .catch((error: unknown) => {
    post(
      isUserError(error)
        ? { type: 'failed', code: error.code, params: error.params, detail: error.message }
        : { type: 'failed', code: null, params: {}, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    );
  });
