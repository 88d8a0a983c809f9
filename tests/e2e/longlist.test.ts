/**
 * The library with a few hundred items (the generated medium project): the
 * list renders only the rows in view, yet reads as the whole list — each row
 * says where it stands, the keyboard walks the whole length with a visible
 * focus, the focused row stays while the list scrolls away from it, and an
 * item chosen from elsewhere is scrolled into view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await startSession({ generated: 'medium' });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
});

const rows = () => page.locator('.record-list .record');
/** The focused row's place in the list (aria-posinset), or null when the focus is not on a row. */
const focusedAt = () =>
  page.evaluate(() => {
    const row = document.activeElement?.closest('.record-list li');
    return row && document.activeElement?.classList.contains('record') ? Number(row.getAttribute('aria-posinset')) : null;
  });
/** Whether the focused element lies within the list's visible part. */
const focusedInView = () =>
  page.evaluate(() => {
    const el = document.activeElement!.getBoundingClientRect();
    const box = document.querySelector('.list-pane .record-scroll')!.getBoundingClientRect();
    return el.top >= box.top - 1 && el.bottom <= box.bottom + 1;
  });

describe('a long material library', () => {
  it('renders the rows in view of all 200, each with its place in the list', async () => {
    await section(page, 'Materiaal');
    await rows().first().waitFor();
    expect(await page.locator('.list-count').textContent()).toBe('200 van 200');
    const rendered = await rows().count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    const first = page.locator('.record-list li').first();
    expect(await first.getAttribute('aria-setsize')).toBe('200');
    expect(await first.getAttribute('aria-posinset')).toBe('1');
  });

  it('walks the whole list with the keyboard, the focus visible and in view', async () => {
    await rows().first().focus();
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedAt()).toBe(26);
    expect(await focusedInView()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('End');
    expect(await focusedAt()).toBe(200);
    expect(await focusedInView()).toBe(true);
    await screenshot(page, 'library-long-end');
    await page.keyboard.press('ArrowUp');
    expect(await focusedAt()).toBe(199);
    await page.keyboard.press('Home');
    expect(await focusedAt()).toBe(1);
    expect(await focusedInView()).toBe(true);
  });

  it('keeps the focused row while the list scrolls away from it', async () => {
    await page.keyboard.press('End');
    await page.locator('.list-pane .record-scroll').evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(100);
    expect(await focusedAt()).toBe(200);
    await page.keyboard.press('ArrowUp');
    expect(await focusedAt()).toBe(199);
    expect(await focusedInView()).toBe(true);
  });

  it('opens the focused item with Enter and marks it as the current one', async () => {
    const title = await page.evaluate(() => document.activeElement!.querySelector('.record-title')!.textContent);
    await page.keyboard.press('Enter');
    await page.locator('.record-list .record[aria-current="true"]', { hasText: title! }).waitFor();
    await expect.poll(() => page.locator('.detail-pane').getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
  });

  /** Walks from the first row to row `to`, leaves for the visuals and comes back by the item's address. */
  const chooseFromElsewhere = async (to: number) => {
    await page.locator('.list-pane .record-scroll').evaluate((el) => (el.scrollTop = 0));
    // The scroll event comes a frame later: wait until the rows drawn are the first ones again.
    await expect.poll(() => page.locator('.record-list li').first().getAttribute('aria-posinset')).toBe('1');
    await rows().first().focus();
    for (let i = 1; i < to; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedAt()).toBe(to);
    const target = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await section(page, 'Visuals');
    await page.evaluate((target) => (window.location.hash = `#/material/${target}`), target);
    const current = page.locator('.record-list .record[aria-current="true"]');
    await current.waitFor();
    expect(await current.getAttribute('data-id')).toBe(target);
    expect(await current.evaluate((el) => el.closest('li')!.getAttribute('aria-posinset'))).toBe(String(to));
    // Whole in view, once the rows drawn have been measured and the list has settled.
    const inView = () =>
      current.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const box = el.closest('.record-scroll')!.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await inView()).toBe(true);
  };

  it('scrolls an item chosen from elsewhere into view', async () => {
    await chooseFromElsewhere(150);
    await screenshot(page, 'library-long-chosen');
  });

  it('shows the last item whole when it is chosen from elsewhere, the list scrolled as far as it goes', async () => {
    await chooseFromElsewhere(200);
  });

  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
