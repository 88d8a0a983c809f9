/**
 * The app's export jobs (main/export/jobs) with the built worker: a worker is
 * kept for the next export, and what it sets then is what a fresh worker sets
 * — whatever it exported before; a cancel ends it; a kept worker ends after
 * its wait; the Export dialog's settings are set ahead, and exporting with
 * them takes that export, only when settings and project are unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { demoProject } from '../../../main/demo/index.js';
import { ExportJobs, type ExportJobState, type ProjectSource } from '../../../main/export/jobs/jobs.js';
import type { ExportJobRequest } from '../../../main/export/jobs/messages.js';
import { createDispatcher } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import type { ProjectData } from '../../../main/model/index.js';
import { generateProject } from '../../fixtures/large/index.js';
import { tempProject } from '../../unit/ipc/sample-project.js';
import { pageTexts } from './pdf/pdf-readers.js';

const workerFile = path.resolve('dist/main/export-worker.cjs');
const dir = mkdtempSync(path.join(tmpdir(), 'bundel-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdf = (template: string): ExportJobRequest => ({
  kind: 'publication',
  request: { format: 'pdf', template, edition: 'screen', withoutConsent: 'include', locale: 'nl' },
});

/** A project with no revision: every export reads it and sends it to the worker. */
const held = (data: ProjectData): ProjectSource => ({ revision: null, read: () => data });

/** The chapters done, as the progress bar saw them while the job ran. */
const progressSeen = new Map<string, number[]>();

async function finished(jobs: ExportJobs, id: string): Promise<ExportJobState> {
  for (;;) {
    const status = jobs.status(id);
    if (status === null) throw new Error(`no job ${id}`);
    if (status.state !== 'running') return status;
    progressSeen.set(id, [...(progressSeen.get(id) ?? []), status.done]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let files = 0;
/** Runs one export to completion and gives the PDF's page texts. */
async function exported(jobs: ExportJobs, data: ProjectData, template: string): Promise<string[]> {
  const out = path.join(dir, `${files++}.pdf`);
  const status = await finished(jobs, jobs.start(held(data), pdf(template), out));
  expect(status).toMatchObject({ state: 'done', path: out });
  return pageTexts(out);
}

describe('export jobs', () => {
  test('a kept worker sets the next export as a fresh worker does, whatever it set before', async () => {
    const small = generateProject({ size: 'small', seed: 3 });
    const demo = demoProject();
    const fresh = new ExportJobs(workerFile);
    const expected = await exported(fresh, small, 'bundel-a5');
    await fresh.close();

    const jobs = new ExportJobs(workerFile);
    try {
      // Set ahead on the small project, cut short by an export of another.
      jobs.prepare(held(small), pdf('werkplaats-a4'));
      expect(jobs.warm).toBe(true);
      const demoPages = await exported(jobs, demo, 'werkplaats-a4');
      expect(jobs.warm).toBe(true);
      // Another project in another template, on the same worker: nothing of the demo in it, nothing of it lost.
      const again = await exported(jobs, small, 'bundel-a5');
      expect(again).toEqual(expected);
      expect(again.join('\n')).not.toContain(demo.publication.title);
      expect(demoPages.join('\n')).toContain(demo.publication.title);
    } finally {
      await jobs.close();
    }
    expect(jobs.warm).toBe(false);
  });

  test('an export started while another runs gets a worker of its own, none is readied meanwhile, one is kept after both', async () => {
    const demo = demoProject();
    const jobs = new ExportJobs(workerFile);
    try {
      const first = jobs.start(held(demo), pdf('werkplaats-a4'), path.join(dir, 'both-1.pdf'));
      const second = jobs.start(held(demo), pdf('bundel-a5'), path.join(dir, 'both-2.pdf'));
      // The dialog opened again meanwhile: no third worker to compete with the two.
      jobs.prepare(held(demo), pdf('werkplaats-a4'));
      expect(jobs.warm).toBe(false);
      expect((await finished(jobs, first)).state).toBe('done');
      expect((await finished(jobs, second)).state).toBe('done');
      expect(jobs.warm).toBe(true);
    } finally {
      await jobs.close();
    }
  });

  test('a refused export keeps the worker; a cancelled one ends it, and the next export still runs', async () => {
    const demo = demoProject();
    const jobs = new ExportJobs(workerFile);
    try {
      const refused = await finished(jobs, jobs.start(held(demo), { kind: 'publication', request: { format: 'pdf', withoutConsent: 'refuse' } }, path.join(dir, 'refused.pdf')));
      expect(refused).toMatchObject({ state: 'failed', code: 'withoutConsent' });
      expect(jobs.warm).toBe(true);

      const id = jobs.start(held(demo), pdf('werkplaats-a4'), path.join(dir, 'cancelled.pdf'));
      await jobs.cancel(id);
      expect(jobs.status(id)).toEqual({ state: 'cancelled' });
      expect(jobs.warm).toBe(false);
      expect((await exported(jobs, demo, 'werkplaats-a4')).length).toBeGreaterThan(10);
    } finally {
      await jobs.close();
    }
  });

  test('a kept worker ends after its wait', async () => {
    const jobs = new ExportJobs(workerFile, 300);
    jobs.prepare(held(demoProject()), pdf('werkplaats-a4'));
    expect(jobs.warm).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(jobs.warm).toBe(false);
  });

  test('exporting with the settings set ahead takes that export, a file like a fresh export; other settings, a dialog left, or a changed project do not', async () => {
    const demo = demoProject();
    const once = new ExportJobs(workerFile);
    const fresh = await exported(once, demo, 'bundel-a5');
    await once.close();
    const jobs = new ExportJobs(workerFile);
    const run = async (data: ProjectData, template: string) => {
      const out = path.join(dir, `${files++}.pdf`);
      const status = await finished(jobs, jobs.start(held(data), pdf(template), out));
      return { ahead: status.state === 'done' && status.ahead, pages: pageTexts(out) };
    };
    try {
      jobs.prepare(held(demo), pdf('bundel-a5'));
      // Taken whether finished or not: the same file a fresh worker makes.
      expect(await run(demo, 'bundel-a5')).toEqual({ ahead: true, pages: fresh });

      // The editor chose another template after the dialog set one ahead: that export runs now, with its progress told.
      jobs.prepare(held(demo), pdf('bundel-a5'));
      const other = jobs.start(held(demo), pdf('werkplaats-a4'), path.join(dir, `${files++}.pdf`));
      expect(await finished(jobs, other)).toMatchObject({ state: 'done', ahead: false });
      expect(Math.max(...(progressSeen.get(other) ?? [0]))).toBeGreaterThan(0);

      // The editor left the dialog without exporting: what was set ahead is dropped, and the next export runs afresh.
      jobs.prepare(held(demo), pdf('bundel-a5'));
      jobs.forget();
      expect(await run(demo, 'bundel-a5')).toEqual({ ahead: false, pages: fresh });

      // The project changed (a title) between the dialog and the export.
      jobs.prepare(held(demo), pdf('bundel-a5'));
      const renamed = { ...demo, publication: { ...demo.publication, title: 'Een andere titel' } };
      const changed = await run(renamed, 'bundel-a5');
      expect(changed.ahead).toBe(false);
      expect(changed.pages[0]).toContain('Een andere titel');
    } finally {
      await jobs.close();
    }
  });

  test('a kept worker is sent the project only when its revision changed, and every change shows in the next export', async () => {
    const demo = demoProject();
    const renamed = { ...demo, publication: { ...demo.publication, title: 'Een andere titel' } };
    const reads: string[] = [];
    const at = (data: ProjectData, revision: string): ProjectSource => ({ revision, read: () => (reads.push(revision), data) });
    const jobs = new ExportJobs(workerFile);
    const run = async (project: ProjectSource): Promise<string> => {
      const out = path.join(dir, `${files++}.pdf`);
      expect(await finished(jobs, jobs.start(project, pdf('bundel-a5'), out))).toMatchObject({ state: 'done' });
      return pageTexts(out)[0]!;
    };
    try {
      expect(await run(at(demo, 'r1'))).toContain(demo.publication.title);
      // The same revision again, in the dialog and at the export: the worker has it.
      jobs.prepare(at(demo, 'r1'), pdf('werkplaats-a4'));
      expect(await run(at(demo, 'r1'))).toContain(demo.publication.title);
      expect(reads).toEqual(['r1']);
      // The project changed: read and sent, and the export shows it.
      expect(await run(at(renamed, 'r2'))).toContain('Een andere titel');
      expect(reads).toEqual(['r1', 'r2']);
      // The dialog left: the worker lets go of the project, and is sent it again.
      jobs.prepare(at(renamed, 'r2'), pdf('bundel-a5'));
      jobs.forget();
      expect(await run(at(renamed, 'r2'))).toContain('Een andere titel');
      expect(reads).toEqual(['r1', 'r2', 'r2']);
    } finally {
      await jobs.close();
    }
  });

  test("the Export dialog's settings, through the real dispatcher, are set ahead and taken by the export, which main opens or shows in its folder", async () => {
    const project = tempProject();
    const jobs = new ExportJobs(workerFile);
    const settings = { format: 'pdf', template: 'werkplaats-a4', edition: 'screen', comments: false, withoutConsent: 'include' } as const;
    try {
      const once = new ExportJobs(workerFile);
      const fresh = await exported(once, project.store.exportData(), 'werkplaats-a4');
      await once.close();
      const out = path.join(dir, 'dialog.pdf');
      const show = vi.fn((_path: string, _how: 'open' | 'folder') => Promise.resolve());
      const exports = { jobs, chooseTarget: () => Promise.resolve(out), show };
      const language = new Language('nl');
      const dispatch = createDispatcher({ handlers: createHandlers(project.store, { language, recent: () => [], exports }), language });
      expect(jobs.warm).toBe(false);
      expect(await dispatch('export.prepare', settings)).toEqual({ ok: true, value: null });
      expect(jobs.warm).toBe(true);
      const started = await dispatch('export.start', settings);
      if (!started.ok || started.value === null) throw new Error(`export.start: ${JSON.stringify(started)}`);
      const { jobId } = started.value as { jobId: string };
      expect(await finished(jobs, jobId)).toMatchObject({ state: 'done', ahead: true });
      expect(pageTexts(out)).toEqual(fresh);

      // "Openen" and "Toon in map" after the export: main opens the file it wrote, whatever the page would name.
      expect(await dispatch('export.options', {})).toMatchObject({ ok: true, value: { canShow: true } });
      expect(await dispatch('export.show', { jobId, how: 'open' })).toEqual({ ok: true, value: null });
      expect(await dispatch('export.show', { jobId, how: 'folder' })).toEqual({ ok: true, value: null });
      expect(show.mock.calls).toEqual([[out, 'open'], [out, 'folder']]);
      // The dialog closes: null, and nothing else, says so.
      expect(await dispatch('export.prepare', null)).toEqual({ ok: true, value: null });
      expect(await dispatch('export.prepare', 'close')).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
      expect(await dispatch('export.show', { jobId, how: 'open', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
      expect(await dispatch('export.show', { jobId: crypto.randomUUID(), how: 'open' })).toMatchObject({ ok: false, error: { code: 'notFound' } });
      const bare = createDispatcher({ handlers: createHandlers(project.store, { language, recent: () => [], exports: { jobs, chooseTarget: () => Promise.resolve(out) } }), language });
      expect(await bare('export.options', {})).toMatchObject({ ok: true, value: { canShow: false } });
    } finally {
      await jobs.close();
      project.dispose();
    }
  });
});
