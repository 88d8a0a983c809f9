/**
 * Export jobs of the app: each runs in a worker thread, reports progress for
 * the progress bar, can be cancelled, and writes its files only when done
 * (each atomically, so a cancelled or failed export leaves no half file behind).
 *
 * A worker outlives its export. Kept for the next one (until it has waited
 * `idleMs`), it sets that one with its fonts loaded, its words shaped and its
 * code optimised by V8 — the large project in about two thirds of the time
 * (tests/bench/RESULTS.md). `prepare` gives one, while the editor is still in
 * the Export dialog, the export the dialog's settings describe, to set ahead:
 * when the editor exports so, the export is done or under way (ahead.ts).
 *
 * A kept worker keeps the project it was last sent. While the project's
 * revision is the same (ProjectStore.revision), it is not read and sent again:
 * reading the large project and copying it into the worker took 0.1–0.25 s of
 * the app's main thread, at every change of the dialog's settings too.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorParams, ProjectData, UserErrorCode } from '../../model/index.js';
import { holdSharp } from '../photos/index.js';
import { writeAtomically } from '../write-atomically.js';
import type { ExportJobRequest, WorkerMessage, WorkerRequest } from './messages.js';

export type ExportJobState =
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  /** `ahead`: it was the export set ahead while the editor was in the dialog. */
  | { readonly state: 'done'; readonly path: string; readonly problems: string[]; readonly notes: string[]; readonly ahead: boolean }
  | { readonly state: 'failed'; readonly code: UserErrorCode | null; readonly params: ErrorParams; readonly detail: string }
  | { readonly state: 'cancelled' };

interface Job {
  status: ExportJobState;
  readonly worker: Worker;
}

/** The project as an export reads it, and the name of its state: null when it has none to compare (every export reads it). */
export interface ProjectSource {
  readonly revision: string | null;
  read(): ProjectData;
}

/** How long a worker waits for the next export before it ends (and gives its memory back). */
const IDLE_MS = 5 * 60_000;

/**
 * The young generation of an export worker's heap: 48 MB, two 16 MB halves
 * and room for large new objects, Node 20's own. V8 14 (Electron 39's) makes
 * it larger by default, and every page of it is touched fresh while a book is
 * set: on Node 25.9 (V8 14.1) an export of the large project in a worker took
 * 53,000 page faults and 1.71–1.75 s with the default, 33,000 and 1.40–1.47 s
 * with this (tests/bench/RESULTS.md, session 23).
 */
const YOUNG_GENERATION_MB = 48;

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  /** The worker waiting for the next export, and the timer that ends its wait. */
  private idle: { readonly worker: Worker; readonly timer: NodeJS.Timeout } | null = null;
  /** The revision of the project each worker holds. */
  private readonly holds = new WeakMap<Worker, string>();

  /** `workerFile`: the built worker script (dist/main/export-worker.cjs). */
  constructor(
    private readonly workerFile: string,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** A worker is ready for the next export. */
  get warm(): boolean {
    return this.idle !== null;
  }

  /**
   * The editor is in the Export dialog with the settings of `job`: a worker
   * (the kept one, or a new one) sets that export ahead on the project as
   * `data` gives it now, and drops what it set ahead for earlier settings.
   * Not while an export runs: its worker will be kept, and a second one would
   * only slow it.
   */
  prepare(project: ProjectSource, job: ExportJobRequest): void {
    if ([...this.jobs.values()].some((running) => running.status.state === 'running')) return;
    let worker = this.idle?.worker;
    if (worker === undefined) {
      worker = this.spawn();
      this.park(worker);
    }
    worker.postMessage({ type: 'prepare', data: this.dataFor(worker, project), job } satisfies WorkerRequest);
  }

  /** The editor left the Export dialog without exporting: the waiting worker drops what it set ahead, and the project. */
  forget(): void {
    const worker = this.idle?.worker;
    if (worker === undefined) return;
    this.holds.delete(worker);
    worker.postMessage({ type: 'forget' } satisfies WorkerRequest);
  }

  /** `out`: the file of a publication export, the folder of a visuals export. */
  start(project: ProjectSource, request: ExportJobRequest, out: string): string {
    const id = randomUUID();
    const worker = this.takeIdle() ?? this.spawn();
    // Running, the worker keeps the process alive (an export is waited for); waiting, it does not.
    worker.ref();
    const job: Job = { status: { state: 'running', done: 0, total: 1 }, worker };
    this.jobs.set(id, job);
    const onMessage = (message: WorkerMessage): void => {
      if (job.status.state !== 'running') return;
      if (message.type === 'progress') {
        job.status = { state: 'running', done: message.done, total: message.total };
        return;
      }
      detach();
      if (message.type === 'failed') job.status = { state: 'failed', code: message.code, params: message.params, detail: message.detail };
      else job.status = this.write(out, message);
      // After a bug the worker's state is not to be trusted: the next export gets a fresh one.
      if (message.type === 'failed' && message.code === null) void worker.terminate();
      else this.park(worker);
    };
    const onError = (error: Error): void => {
      if (job.status.state === 'running') job.status = { state: 'failed', code: null, params: {}, detail: error.stack ?? error.message };
    };
    const onExit = (code: number): void => {
      if (job.status.state === 'running') job.status = { state: 'failed', code: null, params: {}, detail: `export worker exited with ${code}` };
    };
    const detach = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'run', data: this.dataFor(worker, project), job: request } satisfies WorkerRequest);
    return id;
  }

  /** The project for `worker`: null when it holds this revision already. */
  private dataFor(worker: Worker, project: ProjectSource): ProjectData | null {
    if (project.revision !== null && this.holds.get(worker) === project.revision) return null;
    const data = project.read();
    if (project.revision === null) this.holds.delete(worker);
    else this.holds.set(worker, project.revision);
    return data;
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

  /** Ends every running export and the waiting worker (the window closes). */
  async close(): Promise<void> {
    const waiting = this.takeIdle();
    await Promise.all([...this.jobs.keys()].map((id) => this.cancel(id)));
    await waiting?.terminate();
  }

  private spawn(): Worker {
    holdSharp();
    const worker = new Worker(this.workerFile, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    // A waiting worker that fails or ends is forgotten; a running one's job hears of it (start).
    const forget = (): void => {
      if (this.idle?.worker !== worker) return;
      clearTimeout(this.idle.timer);
      this.idle = null;
    };
    worker.on('error', forget).on('exit', forget);
    return worker;
  }

  /** Keeps `worker` for the next export, or ends it when one already waits. */
  private park(worker: Worker): void {
    if (this.idle !== null) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const timer = setTimeout(() => void this.takeIdle()?.terminate(), this.idleMs);
    timer.unref();
    this.idle = { worker, timer };
  }

  private takeIdle(): Worker | null {
    const idle = this.idle;
    if (idle === null) return null;
    clearTimeout(idle.timer);
    this.idle = null;
    return idle.worker;
  }

  private write(out: string, result: Extract<WorkerMessage, { type: 'done' | 'doneFiles' }>): ExportJobState {
    try {
      if (result.type === 'done') {
        writeAtomically(out, result.bytes);
        return { state: 'done', path: out, problems: result.problems, notes: result.notes, ahead: result.ahead === true };
      }
      mkdirSync(out, { recursive: true });
      for (const file of result.files) writeAtomically(path.join(out, file.name), file.bytes);
      return { state: 'done', path: out, problems: [], notes: result.notes, ahead: result.ahead === true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOSPC'
        ? { state: 'failed', code: 'diskFull', params: {}, detail: String(error) }
        : { state: 'failed', code: null, params: {}, detail: String(error) };
    }
  }
}
