/**
 * One e2e session: a renderer build, a project made with the CLI, the bridge
 * on it, and Chromium on the bridge's address. `open` gives a fresh page;
 * `close` stops everything and removes the project.
 */
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from './bridge.js';
import { launch, openPage, type WatchedPage } from './browser.js';
import { makeProject, type TempProject } from './project.js';
import { ensureRenderer } from './renderer.js';

export interface Session {
  project: TempProject;
  bridge: RunningBridge;
  browser: Browser;
  open(hash?: string): Promise<WatchedPage>;
  close(): Promise<void>;
}

export async function startSession(how: Parameters<typeof makeProject>[0]): Promise<Session> {
  await ensureRenderer();
  const project = makeProject(how);
  const bridge = await startBridge(project.file);
  const browser = await launch();
  return {
    project,
    bridge,
    browser,
    open: (hash = '') => openPage(browser, bridge.url + hash),
    close: async () => {
      await browser.close();
      await bridge.stop();
      project.remove();
    },
  };
}

/** Clicks a section in the left navigation. */
export async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name}`) }).click();
}

/** Waits until the header says everything is stored. */
export async function saved(page: Page): Promise<void> {
  await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 });
}

/**
 * After typing: the autosave waits for a pause, showing "opslaan…" from the
 * first keystroke, so see that first, then wait for "opgeslagen".
 */
export async function autosaved(page: Page): Promise<void> {
  await page.locator('.save-state[data-state="saving"]').waitFor({ timeout: 1500 }).catch(() => undefined);
  await saved(page);
}
