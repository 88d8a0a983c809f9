/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Every page records console errors, uncaught errors and CSP violations, so
 * a test can insist there were none.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const screensDir = path.resolve(import.meta.dirname, '../../artifacts/screens');

/**
 * In Dutch, as the app starts Electron (`--lang`, main/electron/main.ts), so
 * the browser's own controls, a date field's day-month order among them, are
 * as users see them. Chromium on Linux takes its language from LANGUAGE, not
 * from `--lang`; its Dutch comes with Debian's chromium-l10n.
 */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    env: { ...process.env, LANGUAGE: 'nl' },
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, url: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  // Registered before any page script runs, so violations during loading are caught too.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `${name}.png`) });
}
