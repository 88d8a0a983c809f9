/**
 * Importing material: a 300-page Word document (written by LibreOffice from
 * HTML once, kept in a temp folder between runs) as one item and split at its
 * headings (≤ 3 s each), and a 5,000-row list as CSV and XLSX (≤ 1 s each),
 * into a new project. The target is what the user waits for: from preview to
 * the import's committed transaction, when the items are in the library. The
 * items' text is indexed for search after that commit, in the background (a
 * search catches up first): the time until that is done is printed on its own
 * line, measured from the same start, so no work is left out of sight.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyImport, preview } from '../../main/importers/index.js';
import { emptyProject } from '../../main/model/index.js';
import { createProject } from '../../main/store/index.js';
import { report } from './measure.js';

const cache = path.join(tmpdir(), 'bundel-bench-import-v2');
const work = mkdtempSync(path.join(tmpdir(), 'bundel-bench-'));
mkdirSync(cache, { recursive: true });

/** Text with natural text's spread of words: 8,000 made-up words drawn with frequency ∝ 1/rank (Zipf). */
const words = Array.from({ length: 8_000 }, (_, i) => ['buurt', 'zorg', 'wijk', 'hulp', 'team', 'tijd', 'vraag'][i % 7] + i.toString(36));
let seed = 1;
/** mulberry32: a seeded generator, so every run imports the same text. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(Math.exp(random() * Math.log(words.length)))]).join(' ');

/** About 120,000 words, 300 pages at 400 a page: 100 stories of three pages, each with paragraphs, emphasis and a list. */
function bigHtml(): string {
  const parts = ['<html><head><meta charset="utf-8"><title>Driehonderd pagina’s</title></head><body>'];
  for (let story = 1; story <= 100; story++) {
    parts.push(`<h1>Verhaal ${story}</h1>`);
    for (let p = 0; p < 14; p++) parts.push(`<p>${sentence(40)} <em>${sentence(4)}</em> ${sentence(40)}.</p>`);
    parts.push(`<ul>${Array.from({ length: 4 }, () => `<li>${sentence(8)}</li>`).join('')}</ul>`);
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

function wordDocument(): string {
  const docx = path.join(cache, 'driehonderd.docx');
  if (existsSync(docx)) return docx;
  const html = path.join(work, 'driehonderd.html');
  writeFileSync(html, bigHtml());
  const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], {
    stdio: 'pipe',
  });
  renameSync(path.join(work, 'driehonderd.docx'), docx);
  return docx;
}

function rows(): string[][] {
  const header = ['Titel', 'Soort', 'Tekst', 'Werkgroep', 'Bijeenkomst', 'Datum', 'Bijdrager', 'Toestemming', "Thema's"];
  const kinds = ['verhaal', 'dilemma', 'praktijkvoorbeeld', 'citaat'];
  return [
    header,
    ...Array.from({ length: 5_000 }, (_, i) => [
      `Item ${i + 1}: ${sentence(4)}`,
      kinds[i % kinds.length]!,
      `${sentence(60)}. ${sentence(40)}.`,
      `Werkgroep ${(i % 8) + 1}`,
      `Bijeenkomst ${(i % 40) + 1}`,
      `${(i % 28) + 1}-${(i % 12) + 1}-2017`,
      `Bijdrager ${(i % 300) + 1}`,
      i % 3 ? 'gegeven' : 'gevraagd',
      'mantelzorg; buurt',
    ]),
  ];
}

/**
 * Wall-clock time, and the process's CPU time: on a machine busy with other
 * work the CPU time shows what the import itself costs (it runs on one thread).
 */
interface Timing {
  /** Until the import returned, its items in the library. */
  ms: number;
  cpuMs: number;
  /** Until the search index holds every imported item too. */
  indexedMs: number;
  indexedCpuMs: number;
  items: number;
}

async function timedImport(source: string, options: Parameters<typeof preview>[2] = {}): Promise<Timing> {
  const store = createProject(path.join(work, `p${performance.now()}.bundel`), emptyProject('Bench'));
  const start = performance.now();
  const cpu = process.cpuUsage();
  const plan = await preview(store, source, options);
  const result = applyImport(store, plan, { keepDuplicates: true });
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  if (store.counts().material !== result.imported.length) throw new Error('the imported items are not in the library');
  await store.searchIndexed();
  const indexedUsed = process.cpuUsage(cpu);
  const indexedMs = performance.now() - start;
  store.close();
  return { ms, cpuMs: cpuMs(used), indexedMs, indexedCpuMs: cpuMs(indexedUsed), items: result.imported.length };
}

function cpuMs(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1000;
}

/** The figures of one import: the target's line, then the background indexing's. */
function figures(name: string, t: Timing, target: number) {
  return [
    { name, value: t.ms, unit: 'ms', target },
    { name: '  CPU time', value: t.cpuMs, unit: 'ms' },
    { name: '  until the search index has them too', value: t.indexedMs, unit: 'ms' },
    { name: '    CPU time', value: t.indexedCpuMs, unit: 'ms' },
  ];
}

async function main(): Promise<void> {
  const docx = wordDocument();
  const text = (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
  const wordCount = [...text.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].reduce((n, m) => n + m[1]!.split(/\s+/).filter(Boolean).length, 0);
  const csv = path.join(work, 'lijst.csv');
  writeFileSync(csv, rows().map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n'), 'latin1');
  const xlsx = path.join(work, 'lijst.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Materiaal').addRows(rows());
  await workbook.xlsx.writeFile(xlsx);

  // One import to warm up the code paths, as an editor's second import would find them.
  await timedImport(csv);
  const whole = await timedImport(docx);
  const split = await timedImport(docx, { splitHeadings: true });
  const fromCsv = await timedImport(csv);
  const fromXlsx = await timedImport(xlsx);

  console.log(`Word document: ${wordCount} words (300 pages at 400 a page), ${(readFileSync(docx).length / 1024).toFixed(0)} KB; lists: 5,000 rows`);
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  const met = report([
    ...figures('Word, 300 pages, one item', whole, 3_000),
    ...figures(`Word, 300 pages, split (${split.items} items)`, split, 3_000),
    ...figures(`CSV, 5,000 rows (${fromCsv.items} items)`, fromCsv, 1_000),
    ...figures(`XLSX, 5,000 rows (${fromXlsx.items} items)`, fromXlsx, 1_000),
  ]);
  rmSync(work, { recursive: true, force: true });
  if (!met) process.exitCode = 1;
}

void main();
