/**
 * The visuals from the export dialog: the "Visuals" format asks for a poster
 * size and an edition (no consent choice: visuals carry no material), runs
 * with a progress bar counting visuals, and fills `exports/visuals-<name>/`
 * beside the project with a poster and an image per visual and alle-visuals.pdf.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { startSession, type Session } from './support/session.js';

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

describe('the export dialog, visuals', () => {
  it('writes an A4 poster and an image per visual into a folder beside the project', async () => {
    await page.getByRole('button', { name: 'Exporteren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publicatie exporteren' });
    await dialog.getByLabel('Formaat').selectOption('visuals');
    expect(await dialog.locator('.consent-items').count()).toBe(0);
    // The edition's hint says what the posters' screen edition is tagged with, not the book's.
    expect(await dialog.getByText('per poster de titel, de visual met zijn alternatieve tekst', { exact: false }).count()).toBe(1);
    expect(await dialog.getByText('koppen, lijsten, kaders', { exact: false }).count()).toBe(0);
    await dialog.getByLabel('Postergrootte').selectOption('a4');
    await dialog.getByLabel('Editie').selectOption('print');
    await screenshot(page, 'export-visuals-dialog');
    await dialog.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const done = dialog.locator('.export-done');
    await done.waitFor({ timeout: 120_000 });
    const folder = ((await done.locator('p').first().textContent()) ?? '').replace(/^Klaar: /, '').trim();
    expect(folder).toMatch(/exports\/visuals-project$/);
    const names = readdirSync(folder);
    expect(names).toContain('alle-visuals.pdf');
    expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(6);
    expect(names.filter((n) => /\.(png|jpg)$/.test(n))).toHaveLength(5);
    const boxes = spawnSync('pdfinfo', ['-box', path.join(folder, 'alle-visuals.pdf')], { encoding: 'utf8' }).stdout;
    expect(boxes).toMatch(/Pages:\s+5/);
    expect(boxes).toMatch(/TrimBox:/);
    await dialog.locator('.dialog-foot').getByRole('button', { name: 'Sluiten' }).click();
    expect(problems).toEqual([]);
  });
});
