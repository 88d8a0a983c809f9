/**
 * The DOCX writer on the large generated project (40 chapters, ~100,000 words,
 * 60 images, 200 comment threads): building the document tree, then the tree
 * to DOCX bytes (≤ 1 s), and the process's peak memory (≤ 500 MB) over the
 * first export: the app runs every export in a new worker and the CLI in a new
 * process, so one export is what a user's machine sees. The peak after all five
 * (the earlier exports' garbage not yet collected) is printed too. The CPU time
 * of an export (all threads: resvg renders on libuv's pool) is printed too, as
 * it holds steadier than wall time on a machine that is busy with other work.
 */
import { performance } from 'node:perf_hooks';
import { exportDocx } from '../../main/export/docx/index.js';
import { loadTemplate } from '../../main/export/template/index.js';
import { buildDocument } from '../../main/export/tree/index.js';
import { generateProject } from '../fixtures/large/index.js';
import { percentile, report, time } from './measure.js';

const data = generateProject({ size: 'large', seed: 1 });
const [tree, buildMs] = time(() => buildDocument(data, { comments: true }));
const template = loadTemplate('werkplaats-a4');

// The bench is bundled as CommonJS, which has no top-level await.
async function exportRuns(): Promise<{ runs: number[]; cpu: number[]; bytes: number; firstPeakMb: number }> {
  const runs: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  let firstPeakMb = 0;
  for (let i = 0; i < 5; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await exportDocx(tree, template);
    runs.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    bytes = result.bytes.byteLength;
    if (i === 0) firstPeakMb = process.resourceUsage().maxRSS / 1024;
  }
  return { runs, cpu, bytes, firstPeakMb };
}

void exportRuns().then(({ runs, cpu, bytes, firstPeakMb }) => {
  const peakMb = process.resourceUsage().maxRSS / 1024;

  console.log(`large project: ${tree.chapters.length} chapters, ${data.visuals.length} visuals, ${tree.threads.length} threads`);
  const met = report([
    { name: 'build the document tree (comments on)', value: buildMs, unit: 'ms' },
    { name: 'tree to DOCX, first run (cold)', value: runs[0]!, unit: 'ms' },
    { name: 'tree to DOCX (median of 5)', value: percentile(runs, 50), unit: 'ms', target: 1000 },
    { name: 'tree to DOCX, CPU time (median of 5)', value: percentile(cpu, 50), unit: 'ms' },
    { name: 'DOCX size', value: bytes / 1024 / 1024, unit: 'MB' },
    { name: 'peak memory (process), one export', value: firstPeakMb, unit: 'MB', target: 500 },
    { name: 'peak memory (process), after all five', value: peakMb, unit: 'MB' },
  ]);
  if (!met) process.exitCode = 1;
});
