/**
 * The renderer in Debian's Chromium on the large generated project, served by
 * the test bridge: typing in the ~20,000-word chapter (95th percentile from
 * keystroke to painted update ≤ 16 ms), opening the 2,000-item material
 * library (≤ 300 ms) and the renderer's memory (≤ 300 MB).
 *
 * Paint time is taken inside the page: the keydown listener (capture phase,
 * on window, so before ProseMirror) notes performance.now(); the first
 * requestAnimationFrame after it runs just before that frame paints, and a
 * MessageChannel message posted from there runs right after the paint. The
 * rAF-after-rAF figure (the start of the frame after the painted one) is shown
 * too, without a target: it includes up to a whole extra frame of idle time.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createProject } from '../../main/store/index.js';
import { generateProject, projectStats } from '../fixtures/large/index.js';
import { percentile, report, type Figure } from './measure.js';

const root = process.cwd();
const keystrokes = 100;
const libraryRuns = 5;

function startBridge(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(root, 'dist/main/web.cjs'), file], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, url: line.trim() }));
    child.once('exit', (code) => reject(new Error(`bridge exited with ${code}: ${stderr}`)));
  });
}

function stopBridge(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** In the page: from another view to the library, until all rows are there and painted. */
async function openLibrary(page: Page, expected: number): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/visuals'));
  await page.waitForFunction(() => document.querySelectorAll('.list-pane .record-list .record').length === 0);
  await page.waitForTimeout(300);
  return page.evaluate(
    (expected) =>
      new Promise<number>((resolve, reject) => {
        const rows = () => document.querySelectorAll('.list-pane .record-list .record').length;
        const link = document.querySelector<HTMLAnchorElement>('nav a[href="#/material"]');
        if (!link) return reject(new Error('no link to the library in the navigation'));
        const timeout = setTimeout(() => reject(new Error(`library showed ${rows()} of ${expected} rows`)), 30_000);
        const done = () => {
          observer.disconnect();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            clearTimeout(timeout);
            resolve(performance.now() - start);
          };
          requestAnimationFrame(() => channel.port2.postMessage(null));
        };
        const observer = new MutationObserver(() => {
          if (rows() >= expected) done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        const start = performance.now();
        link.click();
        if (rows() >= expected) done();
      }),
    expected,
  );
}

interface Latency {
  /** keydown → the start of the frame that shows it (rAF). */
  frame: number[];
  /** keydown → just after that frame's paint. */
  paint: number[];
  /** keydown → the start of the frame after that (rAF after rAF). */
  nextFrame: number[];
}

/** Installs the keystroke-to-paint probe; samples collect in window.__latency. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latency: Latency };
    w.__latency = { frame: [], paint: [], nextFrame: [] };
    window.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => {
          w.__latency.frame.push(performance.now() - start);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latency.paint.push(performance.now() - start);
          channel.port2.postMessage(null);
          requestAnimationFrame(() => w.__latency.nextFrame.push(performance.now() - start));
        });
      },
      { capture: true },
    );
  });
}

/** The same probe on a bare <textarea> in the same browser: the floor that frame timing alone sets. */
async function baseline(browser: Browser): Promise<Latency> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.setContent('<textarea id="t"></textarea>');
  await page.focus('#t');
  await installProbe(page);
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type('a');
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  const latency = await page.evaluate(() => (window as unknown as { __latency: Latency }).__latency);
  await context.close();
  return latency;
}

/** Resident and private (anonymous) memory of Chromium's renderer processes, from /proc. */
async function rendererMemory(browser: Browser): Promise<{ rss: number; anon: number; count: number } | null> {
  try {
    const cdp = await browser.newBrowserCDPSession();
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    await cdp.detach();
    let rss = 0;
    let anon = 0;
    let count = 0;
    for (const p of info.processInfo.filter((p) => p.type === 'renderer')) {
      const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
      // The biggest renderer is the app's page; the others are spare or blank.
      if (kb('VmRSS') > rss) {
        rss = kb('VmRSS');
        anon = kb('RssAnon');
      }
      count += 1;
    }
    return count ? { rss: rss / 1024, anon: anon / 1024, count } : null;
  } catch (error) {
    console.log(`(no process memory: ${(error as Error).message})`);
    return null;
  }
}

async function main(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-bench-'));
  const file = path.join(dir, 'large.bundel');
  let bridge: ChildProcess | undefined;
  let browser: Browser | undefined;
  let met: boolean;

  try {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
    const data = generateProject({ size: 'large', seed: 1 });
    const stats = projectStats(data);
    createProject(file, data).close();
    const chapter = stats.longestChapter;
    console.log(`large project: ${data.material.length} items, ${data.chapters.length} chapters; longest chapter ${chapter.words} words`);

    const started = await startBridge(file);
    bridge = started.child;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--enable-precise-memory-info',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(started.url + '#/material');
    await page.waitForFunction((n) => document.querySelectorAll('.list-pane .record-list .record').length >= n, data.material.length, {
      timeout: 60_000,
    });

    // The library, from another view, a few times.
    const opens: number[] = [];
    for (let i = 0; i < libraryRuns; i++) opens.push(await openLibrary(page, data.material.length));

    // Typing in the middle of the longest chapter.
    await page.evaluate((id) => (window.location.hash = `#/chapters/${encodeURIComponent(id)}`), chapter.id);
    const text = page.locator('.rich-text.chapter');
    await text.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => (document.querySelector('.rich-text.chapter')?.textContent?.length ?? 0) > 50_000, null, {
      timeout: 30_000,
    });
    const paragraphs = text.locator(':scope > p');
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    await installProbe(page);
    const typed = 'en zo gingen de buren samen verder met de koffieochtend in het wijkcentrum aan de Lingedijk elke week ';
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.type(typed[i % typed.length]!);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(300);
    const latency = await page.evaluate(() => (window as unknown as { __latency: Latency }).__latency);
    const landed = await text.evaluate((el, s) => el.textContent!.includes(s), typed.slice(0, 40));
    if (!landed) throw new Error('the typed text did not reach the chapter');

    // Memory after the scenario.
    const heap = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const proc = await rendererMemory(browser);

    const floor = await baseline(browser);

    const mb = (bytes: number) => bytes / 1024 / 1024;
    const figures: Figure[] = [
      { name: 'open the material library (median)', value: percentile(opens, 50), unit: 'ms', target: 300 },
      { name: 'open the material library (first of runs)', value: opens[0]!, unit: 'ms' },
      { name: `typing, keydown → paint (median, n=${latency.paint.length})`, value: percentile(latency.paint, 50), unit: 'ms' },
      { name: 'typing, keydown → paint (95th percentile)', value: percentile(latency.paint, 95), unit: 'ms', target: 16 },
      { name: 'typing, keydown → frame start/rAF (p95)', value: percentile(latency.frame, 95), unit: 'ms' },
      { name: 'typing, keydown → next rAF after paint (p95)', value: percentile(latency.nextFrame, 95), unit: 'ms' },
      { name: 'bare <textarea>, keydown → paint (median)', value: percentile(floor.paint, 50), unit: 'ms' },
      { name: 'bare <textarea>, keydown → paint (p95)', value: percentile(floor.paint, 95), unit: 'ms' },
      { name: 'JS heap used (performance.memory)', value: mb(heap), unit: 'MB' },
      { name: 'JS heap used (CDP JSHeapUsedSize)', value: mb(metric('JSHeapUsedSize')), unit: 'MB' },
      { name: 'DOM nodes (CDP)', value: metric('Nodes'), unit: '' },
    ];
    if (proc) {
      figures.push(
        { name: 'renderer process resident memory (VmRSS)', value: proc.rss, unit: 'MB', target: 300 },
        { name: 'renderer process private memory (RssAnon)', value: proc.anon, unit: 'MB' },
      );
    } else {
      figures.push({ name: 'renderer memory: JS heap (no process RSS)', value: mb(heap), unit: 'MB', target: 300 });
    }
    met = report(figures);
    if (problems.length) {
      console.log(`page errors:\n  ${problems.slice(0, 10).join('\n  ')}`);
      met = false;
    }
  } catch (error) {
    console.error(error);
    met = false;
  } finally {
    await browser?.close().catch(() => undefined);
    await stopBridge(bridge);
    rmSync(dir, { recursive: true, force: true });
  }
  return met;
}

// Bundled as CommonJS: no top-level await.
void main().then((met) => {
  if (!met) process.exitCode = 1;
});
