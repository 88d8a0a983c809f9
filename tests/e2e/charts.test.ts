/**
 * Charts in the Visuals screen: an editor creates a chart visual from the
 * "Nieuwe grafiek" menu and sees it drawn from the project's data, named by
 * its alt text; a contributor added elsewhere is in the drawing when the
 * editor comes back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { saved, section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];

const form = () => page.locator('.detail-pane');
const drawing = () => form().locator('.visual-chart-preview svg');
const labels = () => drawing().locator('text').allTextContents();

async function newChart(kind: string): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe grafiek' }).click();
  await page.getByRole('menuitem', { name: kind }).click();
  await saved(page);
}

beforeAll(async () => {
  session = await startSession({ demo: true });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
});

describe('charts in the Visuals screen', () => {
  it('creates a trajectory chart and shows it drawn, with its alt text as its name', async () => {
    await section(page, 'Visuals');
    await newChart('Traject van de bijeenkomsten');
    await expect.poll(() => form().getByLabel('Titel', { exact: true }).inputValue()).toBe('Het traject in bijeenkomsten');
    await drawing().waitFor();
    expect(await labels()).toEqual(expect.arrayContaining(['Werkgroepbijeenkomst', 'Focusgroep', 'Bijeenkomsten per plaats', 'deelnemers']));
    expect(await drawing().getAttribute('aria-label')).toBe('Tijdlijn van de bijeenkomsten per soort, met het aantal deelnemers en de plaatsen.');
    // Drawn in the interface's Source Sans 3, at a readable size.
    const box = await drawing().boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(await page.locator('.visual-card', { hasText: 'Het traject in bijeenkomsten' }).locator('svg').count()).toBe(1);
    await screenshot(page, 'visual-chart-trajectory');
  });

  it('draws the spectrum anew after a contributor is added', async () => {
    await newChart('Spectrum formeel–informeel');
    await drawing().waitFor();
    expect(await labels()).toContain('34 bijdragers');
    const url = page.url();

    await section(page, 'Bijdragers');
    await page.getByRole('button', { name: 'Nieuwe bijdrager' }).click();
    await form().getByLabel('Naam', { exact: true }).fill('Bram Visser');
    await form().getByLabel('Rol', { exact: true }).selectOption({ label: 'vrijwilliger' });
    await form().getByLabel('Positie', { exact: true }).selectOption({ label: 'hybride' });
    await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await saved(page);

    await page.goto(url);
    await drawing().waitFor();
    await expect.poll(labels).toContain('35 bijdragers');
    await screenshot(page, 'visual-chart-spectrum');
    expect(problems).toEqual([]);
  });
});
