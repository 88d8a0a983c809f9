/**
 * The visuals export on the large generated project: every visual (PNG and
 * SVG images and the three charts) generated and exported as poster PDF, 300
 * dpi image and the combined PDF, A3 print edition, in a fresh process
 * (target ≤ 2 s, issue 8). Where the time goes is printed beside it.
 */
import { performance } from 'node:perf_hooks';
import { exportVisuals } from '../../main/export/visuals/index.js';
import { generateProject } from '../fixtures/large/index.js';
import { report, time } from './measure.js';

async function main(): Promise<void> {
  const [data, generateMs] = time(() => generateProject({ size: 'large', seed: 1 }));
  const kinds = data.visuals.reduce<Record<string, number>>((acc, v) => {
    const kind = v.source.type === 'chart' ? 'chart' : v.source.mime;
    acc[kind] = (acc[kind] ?? 0) + 1;
    return acc;
  }, {});
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await exportVisuals(data, { size: 'a3', edition: 'print' });
  const ms = performance.now() - start;
  // On a busy machine the wall time says little; the CPU time (all threads: resvg draws on libuv's, the PNGs are written on the export's raster thread) says what the export costs.
  const used = process.cpuUsage(cpu);
  const bytes = result.files.reduce((sum, f) => sum + f.bytes.length, 0);
  console.log(
    `large project: ${data.visuals.length} visuals (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${result.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${result.notes.length} notes`,
  );
  const met = report([
    { name: 'generate the large project', value: generateMs, unit: 'ms' },
    { name: 'export all visuals, A3 print (cold)', value: ms, unit: 'ms', target: 2000 },
    { name: '  CPU time, all threads', value: (used.user + used.system) / 1000, unit: 'ms' },
    { name: 'peak memory (max RSS)', value: process.resourceUsage().maxRSS / 1024, unit: 'MB' },
  ]);
  if (!met) process.exitCode = 1;
}

void main();
