import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../main/web/server.js';
import { pngHash, tempProject } from '../../unit/ipc/sample-project.js';

const chromiumPath = '/usr/bin/chromium';

describe.skipIf(!existsSync(chromiumPath))('the bridge in a browser', () => {
  let project: ReturnType<typeof tempProject>;
  let rendererRoot: string;
  let bridge: Bridge;
  let browser: Browser;

  beforeAll(async () => {
    project = tempProject();
    rendererRoot = mkdtempSync(path.join(tmpdir(), 'bundel-page-'));
    mkdirSync(path.join(rendererRoot, 'assets'));
    await build({
      entryPoints: [path.join(import.meta.dirname, 'page', 'main.ts')],
      outfile: path.join(rendererRoot, 'assets', 'page.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'error',
    });
    // As a Vite build writes it: a module script with crossorigin.
    writeFileSync(
      path.join(rendererRoot, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>Bundel</title><script type="module" crossorigin src="/assets/page.js"></script></head><body data-hash="${pngHash}"></body></html>`,
    );
    bridge = await startBridge({ store: project.store, rendererRoot, log: { warn: () => undefined, error: () => undefined } });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    project?.dispose();
    rmSync(rendererRoot, { recursive: true, force: true });
  });

  it('runs the client against the real store, under the CSP', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    await page.goto(bridge.url);
    await page.waitForSelector('body[data-seen]', { state: 'attached', timeout: 20_000 });
    const seen: unknown = JSON.parse((await page.getAttribute('body', 'data-seen')) ?? '{}');
    expect(seen).toEqual({
      name: 'Proef',
      usedIn: ['ch1'],
      refused: 'Bundel kreeg ongeldige gegevens voor workgroups.get (bij /id); er is niets gewijzigd.',
      remoteFetch: 'blocked',
      evalResult: 'blocked',
      imageWidth: 1,
    });
    expect(violations.some((v) => v.includes('example.org'))).toBe(true);
    await page.close();
  });
});
