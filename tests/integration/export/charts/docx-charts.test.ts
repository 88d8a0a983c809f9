// A DOCX with the three charts, read by independent readers: LibreOffice sets
// it as PDF with each chart drawn; pandoc finds each chart as an image with its
// alt text; the SVG inside the package is well-formed and carries the labels.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoProject } from '../../../../main/demo/index.js';
import { exportDocx } from '../../../../main/export/docx/index.js';
import { loadTemplate } from '../../../../main/export/template/index.js';
import { buildDocument } from '../../../../main/export/tree/index.js';
import { chartTypes, type ProjectData } from '../../../../main/model/index.js';
import { openDocx } from '../../../unit/export/docx/parts.js';

const artifacts = path.resolve('tests/artifacts/visuals');
let dir: string;
let file: string;

/** The demo with a chapter that shows each chart. */
function withCharts(): ProjectData {
  const project = demoProject();
  for (const chart of chartTypes) {
    project.visuals.push({ id: `chart-${chart}`, title: `Grafiek ${chart}`, source: { type: 'chart', chart }, caption: '', credit: '', altText: `Alt-tekst van ${chart}`, sessionId: null });
  }
  const chapter = project.chapters.find((c) => c.kind === 'chapter')!;
  chapter.body.content = [...(chapter.body.content ?? []), ...chartTypes.map((chart) => ({ type: 'figure', attrs: { visualId: `chart-${chart}` } }))];
  return project;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundel-charts-'));
  const { bytes } = await exportDocx(buildDocument(withCharts()), loadTemplate('werkplaats-a4'));
  file = path.join(dir, 'charts.docx');
  writeFileSync(file, bytes);
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, 'demo-charts.docx'), bytes);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// LibreOffice 7.4 draws a DOCX's SVG by its PNG fallback, so its PDF holds the
// chart as pixels: the test finds that picture, at the fallback's size, on the
// page of each chart's caption (the labels themselves are checked in the SVG).
it('is set by LibreOffice with each chart drawn on its caption\'s page', () => {
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
  expect(readdirSync(dir)).toContain('charts.pdf');
  const pdf = path.join(dir, 'charts.pdf');
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => ({ page: Number(cells[0]), width: Number(cells[3]) }));
  const fallbackWidth = Math.round((((210 - 25 - 25) * 72) / 25.4) * (192 / 72));
  for (const chart of chartTypes) {
    const page = pages.findIndex((text) => text.includes(`Grafiek ${chart}`)) + 1;
    expect(page, chart).toBeGreaterThan(0);
    expect(images.some((image) => Math.abs(image.page - page) <= 1 && Math.abs(image.width - fallbackWidth) <= 2), chart).toBe(true);
  }
}, 150_000);

it('holds each chart as a well-formed SVG with its labels and title', async () => {
  const parts = await openDocx(readFileSync(file));
  const svgs = parts.names.filter((n) => n.endsWith('.svg')).map((n) => parts.xml(n));
  const titles = svgs.map((svg) => svg.getElementsByTagName('title')[0]?.textContent);
  expect(titles).toEqual(expect.arrayContaining(chartTypes.map((chart) => `Grafiek ${chart}`)));
  const labels = svgs.flatMap((svg) => Array.from(svg.getElementsByTagName('text')).map((t) => t.textContent));
  expect(labels).toEqual(expect.arrayContaining(['Sociaal ondernemer', 'Bijeenkomsten per plaats', 'zonder werkgroep', 'Aantal items']));
});

it('reads in pandoc with each chart as an image carrying its alt text', () => {
  const markdown = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const text = markdown.replace(/\s+/g, ' ');
  for (const chart of chartTypes) expect(text).toMatch(new RegExp(`!\\[Alt-tekst van ${chart}\\]\\(media/image\\d+\\.(png|svg) "Grafiek ${chart}"\\)`));
});
