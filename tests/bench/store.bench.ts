/**
 * The project file on the large generated project: open + list the material
 * library (≤ 200 ms), a full-text search (≤ 20 ms), saving one chapter edit
 * (≤ 10 ms), and the file's size. And the `bundel` command as a user starts
 * it, a fresh process each time (the median of three): its usage, and `info`
 * on the large project.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProject, openProject } from '../../main/store/index.js';
import { generateProject } from '../fixtures/large/index.js';
import { percentile, report, time } from './measure.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-bench-'));
const file = path.join(dir, 'large.bundel');

const [data, generateMs] = time(() => generateProject({ size: 'large', seed: 1 }));
const [, createMs] = time(() => createProject(file, data).close());

const opens: number[] = [];
for (let i = 0; i < 7; i++) {
  const [store, ms] = time(() => {
    const s = openProject(file);
    s.material.summaries();
    return s;
  });
  opens.push(ms);
  store.close();
}

const store = openProject(file);
const queries = ['mantelzorg', 'reünie', 'ideeen', 'vrijwilligers wijkteam', 'coördinatie', 'vertrouwen buurt', 'gemeente', 'eigen regie'];
const searches: number[] = [];
for (let round = 0; round < 5; round++) for (const q of queries) searches.push(time(() => store.search(q, 50))[1]);

const chapter = store.chapters.list().reduce((a, b) => (JSON.stringify(b.body).length > JSON.stringify(a.body).length ? b : a));
const saves: number[] = [];
for (let i = 0; i < 40; i++) {
  const body = structuredClone(chapter.body);
  body.content!.push({ type: 'paragraph', content: [{ type: 'text', text: `Aanvulling ${i}.` }] });
  saves.push(time(() => store.chapters.put({ ...chapter, body, updatedAt: new Date().toISOString() }))[1]);
}
store.close();
const size = statSync(file).size;

execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--main'], { stdio: 'inherit' });
const command = (args: string[]): number => {
  const runs = [0, 1, 2].map(() => time(() => execFileSync(process.execPath, ['bin/bundel.js', ...args], { stdio: 'ignore' }))[1]);
  return percentile(runs, 50);
};
const usageMs = command(['--help']);
const infoMs = command(['info', file]);

console.log(`large project: ${data.material.length} items, ${data.chapters.length} chapters, ${data.visuals.length} visuals`);
const met = report([
  { name: 'generate the large project', value: generateMs, unit: 'ms' },
  { name: 'write it to a new .bundel', value: createMs, unit: 'ms' },
  { name: 'open + list material library (median)', value: percentile(opens, 50), unit: 'ms', target: 200 },
  { name: 'full-text search (median)', value: percentile(searches, 50), unit: 'ms', target: 20 },
  { name: 'full-text search (95th percentile)', value: percentile(searches, 95), unit: 'ms' },
  { name: `save one edit of the largest chapter (median)`, value: percentile(saves, 50), unit: 'ms', target: 10 },
  { name: 'save one chapter edit (95th percentile)', value: percentile(saves, 95), unit: 'ms' },
  { name: 'file size', value: size / 1024 / 1024, unit: 'MB' },
  { name: '`bundel --help`, a fresh process (median)', value: usageMs, unit: 'ms' },
  { name: '`bundel info` on it, a fresh process (median)', value: infoMs, unit: 'ms' },
]);
rmSync(dir, { recursive: true, force: true });
if (!met) process.exitCode = 1;
