/**
 * Export jobs of the app: each runs in its own worker thread, reports progress
 * for the progress bar, can be cancelled, and writes its files only when done
 * (each atomically, so a cancelled or failed export leaves no half file behind).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorParams, ProjectData, UserErrorCode } from '../../model/index.js';
import { writeAtomically } from '../write-atomically.js';
import type { ExportJobRequest, WorkerInput, WorkerMessage } from './messages.js';

export type ExportJobState =
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  | { readonly state: 'done'; readonly path: string; readonly problems: string[]; readonly notes: string[] }
  | { readonly state: 'failed'; readonly code: UserErrorCode | null; readonly params: ErrorParams; readonly detail: string }
  | { readonly state: 'cancelled' };

interface Job {
  status: ExportJobState;
  readonly worker: Worker;
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  /** `workerFile`: the built worker script (dist/main/export-worker.cjs). */
  constructor(private readonly workerFile: string) {}

  /** `out`: the file of a publication export, the folder of a visuals export. */
  start(data: ProjectData, request: ExportJobRequest, out: string): string {
    const id = randomUUID();
    const worker = new Worker(this.workerFile, { workerData: { data, job: request } satisfies WorkerInput });
    const job: Job = { status: { state: 'running', done: 0, total: 1 }, worker };
    this.jobs.set(id, job);
    worker.on('message', (message: WorkerMessage) => {
      if (job.status.state !== 'running') return;
      if (message.type === 'progress') job.status = { state: 'running', done: message.done, total: message.total };
      else if (message.type === 'failed') job.status = { state: 'failed', code: message.code, params: message.params, detail: message.detail };
      else job.status = this.write(out, message);
    });
    worker.on('error', (error) => {
      if (job.status.state === 'running') job.status = { state: 'failed', code: null, params: {}, detail: error.stack ?? error.message };
    });
    worker.on('exit', (code) => {
      if (job.status.state === 'running') job.status = { state: 'failed', code: null, params: {}, detail: `export worker exited with ${code}` };
    });
    return id;
  }

  status(id: string): ExportJobState | null {
    return this.jobs.get(id)?.status ?? null;
  }

  async cancel(id: string): Promise<void> {
    const job = this.jobs.get(id);
    if (job === undefined || job.status.state !== 'running') return;
    job.status = { state: 'cancelled' };
    await job.worker.terminate();
  }

  /** Ends every running export (the window closes). */
  async close(): Promise<void> {
    await Promise.all([...this.jobs.keys()].map((id) => this.cancel(id)));
  }

  private write(out: string, result: Extract<WorkerMessage, { type: 'done' | 'doneFiles' }>): ExportJobState {
    try {
      if (result.type === 'done') {
        writeAtomically(out, result.bytes);
        return { state: 'done', path: out, problems: result.problems, notes: result.notes };
      }
      mkdirSync(out, { recursive: true });
      for (const file of result.files) writeAtomically(path.join(out, file.name), file.bytes);
      return { state: 'done', path: out, problems: [], notes: result.notes };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOSPC'
        ? { state: 'failed', code: 'diskFull', params: {}, detail: String(error) }
        : { state: 'failed', code: null, params: {}, detail: String(error) };
    }
  }
}
