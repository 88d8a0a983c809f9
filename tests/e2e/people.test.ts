/**
 * Workgroups, sessions, contributors and visuals, clicked as an editor would:
 * created with their forms, used as provenance of an item, images imported
 * with caption, credit and alt text — and still there after a reload.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { saved, section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];
let scratch: string;

const form = () => page.locator('.detail-pane');
const field = (label: string) => form().getByLabel(label, { exact: true });
const save = async () => {
  await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
  await form().getByText('Niet-opgeslagen wijzigingen').waitFor({ state: 'detached' });
  await saved(page);
};

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'bundel-e2e-files-'));
  session = await startSession({ title: 'Werkplaats' });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('workgroups, sessions and contributors', () => {
  it('creates a workgroup and a session of it', async () => {
    await section(page, 'Werkgroepen');
    await page.getByText('Nog geen werkgroepen.').waitFor();
    await page.getByRole('button', { name: 'Nieuwe werkgroep' }).click();
    await field('Naam').fill('Zorg in de buurt');
    await field('Thema van de werkgroep').fill('Formele en informele zorg dichter bij elkaar');
    await save();
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await field('Titel').fill('Focusgroep mantelzorgers');
    await field('Soort bijeenkomst').selectOption({ label: 'focusgroep' });
    expect(await field('Werkgroep').locator('option:checked').textContent()).toBe('Zorg in de buurt');
    await field('Datum').fill('2026-02-10');
    await field('Plaats').fill('Gorinchem');
    await field('Aantal deelnemers').fill('12');
    await save();
    expect(await page.locator('.nested-list .record-title').allTextContents()).toEqual(['Focusgroep mantelzorgers']);
  });

  it('refuses a session without a title with the Dutch message', async () => {
    await field('Titel').fill('');
    const before = problems.length;
    await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Titel mag niet leeg zijn; er is niets gewijzigd.');
    expect(problems.splice(before)).toEqual([expect.stringMatching(/status of 400/)]);
    await field('Titel').fill('Focusgroep mantelzorgers');
    await save();
    await screenshot(page, 'people-workgroups');
  });

  it('creates a contributor with role, position, workgroup and pseudonym', async () => {
    await section(page, 'Bijdragers');
    await page.getByRole('button', { name: 'Nieuwe bijdrager' }).click();
    await field('Naam').fill('Anna Jansen');
    await field('Rol').selectOption({ label: 'mantelzorger' });
    await field('Positie').selectOption({ label: 'informeel' });
    await field('Organisatie').fill('Mantelzorgsteunpunt');
    await form().getByRole('group', { name: 'Werkgroepen' }).getByLabel('Zorg in de buurt').check();
    await form().getByLabel('Publiceren onder een pseudoniem').check();
    await field('Pseudoniem').fill('Annemiek');
    await save();
    expect(await page.locator('.record-list .record-meta').first().textContent()).toBe('mantelzorger · informeel · Mantelzorgsteunpunt');
    await screenshot(page, 'people-contributors');
  });

  it('uses them as the provenance of an item, kept after a reload', async () => {
    await section(page, 'Materiaal');
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('menuitem', { name: 'verhaal', exact: true }).click();
    await field('Titel').fill('Koken voor de buren');
    await field('Werkgroep').selectOption({ label: 'Zorg in de buurt' });
    const option = field('Bijeenkomst').locator('option', { hasText: /^Focusgroep mantelzorgers \(focusgroep, 10 feb/ });
    await field('Bijeenkomst').selectOption((await option.getAttribute('value'))!);
    await form().getByRole('group', { name: 'Bijdragers' }).getByLabel('Anna Jansen').check();
    await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.locator('.record-list .record[aria-current="true"]', { hasText: 'Koken voor de buren' }).waitFor();
    await saved(page);

    await page.reload();
    await page.locator('.record-list .record', { hasText: 'Koken voor de buren' }).click();
    await expect.poll(() => field('Werkgroep').locator('option:checked').textContent()).toBe('Zorg in de buurt');
    expect(await field('Bijeenkomst').locator('option:checked').textContent()).toContain('Focusgroep mantelzorgers');
    expect(await form().getByRole('group', { name: 'Bijdragers' }).getByLabel('Anna Jansen').isChecked()).toBe(true);
    expect(await page.locator('.record-list .record-meta').first().textContent()).toBe('verhaal · Zorg in de buurt');
  });

  it('deletes a session, and undoes that', async () => {
    await section(page, 'Werkgroepen');
    await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    await field('Titel').fill('Leerkring Dordrecht');
    await save();
    await form().getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('„Leerkring Dordrecht” is verwijderd.').waitFor();
    await expect.poll(() => page.locator('.record-title', { hasText: 'Leerkring Dordrecht' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.locator('.record-title', { hasText: 'Leerkring Dordrecht' }).waitFor();
  });
});

describe('visuals', () => {
  function png(name: string): string {
    const image = new PNG({ width: 120, height: 80 });
    for (let i = 0; i < image.data.length; i += 4) image.data.set([200, 120 + (i % 100), 80, 255], i);
    const file = path.join(scratch, name);
    writeFileSync(file, PNG.sync.write(image));
    return file;
  }

  function svg(name: string): string {
    const file = path.join(scratch, name);
    writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><rect width="300" height="200" fill="#1d6560"/><circle cx="150" cy="100" r="60" fill="#fbe7a6"/></svg>');
    return file;
  }

  it('imports PNG and SVG images', async () => {
    await section(page, 'Visuals');
    await page.getByText('Nog geen visuals — importeer een afbeelding.').waitFor();
    await page.locator('input[type="file"]').setInputFiles([png('buurthuis.png'), svg('spectrum.svg')]);
    await page.locator('.visual-card', { hasText: 'spectrum' }).waitFor();
    expect(await page.locator('.visual-card-title').allTextContents()).toEqual(expect.arrayContaining(['buurthuis', 'spectrum']));
    expect(await page.locator('.visual-card .badge.warn').count()).toBe(2);
    const img = page.locator('.visual-card', { hasText: 'buurthuis' }).locator('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(120);
    await page.locator('.visual-card', { hasText: 'spectrum' }).click();
    await expect.poll(() => form().locator('.visual-preview .muted').textContent()).toBe('300 × 200 · SVG');
  });

  it('gives a visual its caption, credit and alt text', async () => {
    await page.locator('.visual-card', { hasText: 'buurthuis' }).click();
    await field('Bijschrift').fill('Het buurthuis op een dinsdagochtend.');
    await field('Bron / maker').fill('Foto: werkgroep Zorg in de buurt');
    await field('Alternatieve tekst').fill('Een buurthuis met mensen aan lange tafels.');
    await save();
    await page.reload();
    await page.locator('.visual-card', { hasText: 'buurthuis' }).click();
    await expect.poll(() => field('Bijschrift').inputValue()).toBe('Het buurthuis op een dinsdagochtend.');
    expect(await field('Alternatieve tekst').inputValue()).toBe('Een buurthuis met mensen aan lange tafels.');
    expect(await page.locator('.visual-card .badge.warn').count()).toBe(1);
    await screenshot(page, 'visuals');
  });

  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
