/**
 * A walk through the demo project as it is shipped: every main screen
 * renders real content without an error, the keyboard reaches the navigation
 * with a visible focus ring, and screenshots of each screen are kept for
 * looking at (tests/artifacts/screens/).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await startSession({ demo: true });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
});

describe('the demo project', () => {
  it('reaches the navigation by keyboard, with a visible focus ring', async () => {
    await page.locator('.nav-item').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Naar de inhoud');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('class')).toContain('nav-item');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // Past Publicatie and Materiaal, where the demo opens.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('.topbar h1').textContent()).toBe('Hoofdstukken');
  });

  it('shows the library with its badges, and a dilemma with its parts', async () => {
    await section(page, 'Materiaal');
    await page.locator('.record-list .record').first().waitFor();
    // The list is windowed: it renders the rows in view, and says how many it holds.
    const [shown, total] = (await page.locator('.list-count').textContent())!.split(' van ').map(Number);
    expect(shown).toBe(total);
    expect(total).toBeGreaterThan(20);
    expect(Number(await page.locator('.record-list').getAttribute('data-count'))).toBe(total);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('#library-facets').getByLabel('Soort').selectOption({ label: 'dilemma' });
    await page.locator('.record-list .record').first().click();
    await page.locator('.detail-pane').getByLabel('Situatie', { exact: true }).waitFor();
    expect(await page.locator('.detail-pane').getByLabel('Enerzijds', { exact: true }).inputValue()).not.toBe('');
    await screenshot(page, 'tour-library');
  });

  it('shows a chapter with its kaders rendered from the library', async () => {
    await section(page, 'Hoofdstukken');
    await page.locator('.outline-row').nth(2).click();
    await page.locator('.rich-text.chapter .kader .kader-title').first().waitFor();
    await screenshot(page, 'tour-chapter');
    await page.locator('.rich-text.chapter .kader').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'tour-kader');
  });

  it('shows workgroups, contributors and visuals', async () => {
    await section(page, 'Werkgroepen');
    await page.locator('.record-list .record').first().click();
    await screenshot(page, 'tour-workgroups');
    await section(page, 'Bijdragers');
    await page.locator('.record-list .record').first().click();
    await screenshot(page, 'tour-contributors');
    await section(page, 'Visuals');
    await page.locator('.visual-card').first().click();
    await page.locator('.detail-pane .record-form').waitFor();
    await screenshot(page, 'tour-visuals');
  });

  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
