/**
 * Exporting from the app: the dialog offers format, template and edition,
 * insists on a choice about material without consent, runs the export off
 * the UI thread with a progress bar, and the file it reports is a real PDF
 * and DOCX (read back with pdftotext and pandoc).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

async function exported(): Promise<string> {
  const done = page.locator('.export-done');
  await done.waitFor({ timeout: 120_000 });
  const text = (await done.locator('p').first().textContent()) ?? '';
  return text.replace(/^Klaar: /, '').trim();
}

describe('the export dialog', () => {
  it('exports a PDF without the material that has no consent, with progress, to a file that holds the chapters', async () => {
    await page.getByRole('button', { name: 'Exporteren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publicatie exporteren' });
    await dialog.waitFor();
    // The demo shows two items without consent: the editor must choose, and "leave out" is chosen for them.
    await expect.poll(() => dialog.locator('.consent-items li').count()).toBe(2);
    expect(await dialog.getByLabel('Weglaten uit de publicatie').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Sjabloon').locator('option').allTextContents()).toEqual(['Werkplaats A4', 'Bundel A5']);
    await screenshot(page, 'export-dialog');

    // Exported at once after the change: the dialog had set the screen edition ahead, not this one, so it runs now.
    await dialog.getByLabel('Editie').selectOption('print');
    await dialog.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await dialog.locator('.export-progress progress').waitFor();
    const file = await exported();
    expect(file).toMatch(/exports\/project\.pdf$/);
    // What the print edition leaves to the printer, said in Dutch throughout.
    await dialog.locator('.export-done summary').click();
    const notes = await dialog.locator('.export-done li').allTextContents();
    expect(notes).toContain(
      'Drukversie (PDF/X-4): de kleuren en afbeeldingen zijn sRGB met hun profiel, zoals PDF/X-4 toestaat, geen CMYK: de drukker zet ze om naar het ingesloten profiel (FOGRA39, gestreken papier, 300 % inkt). Eist de drukker PDF/X-1a, dan moeten ze vooraf naar CMYK.',
    );
    expect(notes.join(' ')).not.toMatch(/printer|embedded|allows|converts/u);
    await screenshot(page, 'export-done');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Ontlasten zonder over te nemen');
    expect(text).not.toContain('Iris, zeventien');
    // The print edition: an A4 TrimBox inside the 3 mm bleed.
    const boxes = spawnSync('pdfinfo', ['-box', file], { encoding: 'utf8' }).stdout;
    const box = (name: string) => boxes.match(new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`))!.slice(1).map(Number);
    const [tx, ty, tx2, ty2] = box('TrimBox');
    expect([tx2! - tx!, ty2! - ty!].map(Math.round)).toEqual([595, 842]);
    expect(box('BleedBox').map((v, i) => Math.round((v - [tx!, ty!, tx2!, ty2!][i]!) * 10) / 10)).toEqual([-8.5, -8.5, 8.5, 8.5]);
    await dialog.locator('.dialog-foot').getByRole('button', { name: 'Sluiten' }).click();
  });

  it('exports a DOCX with the reviewers’ comments and the material included as a draft', async () => {
    await page.getByRole('button', { name: 'Exporteren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publicatie exporteren' });
    await dialog.getByLabel('Formaat').selectOption('docx');
    expect(await dialog.getByLabel('Met commentaar van meelezers').isChecked()).toBe(true);
    await dialog.getByLabel('Toch opnemen: gemarkeerde conceptversie').check();
    await dialog.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const file = await exported();
    expect(file).toMatch(/project\.docx$/);
    const json = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--track-changes=all', file], { encoding: 'utf8' }).stdout;
    expect(json).toContain('Iris, zeventien');
    await dialog.locator('.dialog-foot').getByRole('button', { name: 'Sluiten' }).click();
    expect(problems).toEqual([]);
  });
});
