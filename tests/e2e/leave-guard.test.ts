/**
 * Leaving a form with unsaved changes asks first, clicked as an editor would:
 * the publication's title changed and the navigation clicked — stay, leave
 * without saving, or save and go; a refused save keeps the editor where the
 * refusal is shown; the back key and a typed address ask too, and leave the
 * history as it was; a workgroup's name saved from the question, another
 * record chosen, an item left in the library; and a reviewer is never asked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { saved, section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];

const question = () => page.getByRole('dialog', { name: 'Wijzigingen opslaan?' });
const answer = async (name: 'Annuleren' | 'Niet opslaan' | 'Opslaan') => {
  await question().getByRole('button', { name, exact: true }).click();
  await question().waitFor({ state: 'detached' });
};
const heading = () => page.locator('.topbar h1').textContent();
const hash = () => page.evaluate(() => window.location.hash);
const publication = () => page.getByRole('form', { name: 'Gegevens van de publicatie' });
const title = () => publication().getByLabel('Titel', { exact: true });
const sidebarTitle = () => page.locator('.publication-title a');
const detail = () => page.locator('.detail-pane');

beforeAll(async () => {
  session = await startSession({ title: 'Werkplaats' });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
});

describe('leaving the publication with unsaved changes', () => {
  it('goes without asking when nothing is changed', async () => {
    await section(page, 'Publicatie');
    await title().waitFor();
    await section(page, 'Materiaal');
    await expect.poll(heading).toBe('Materiaal');
    await section(page, 'Publicatie');
    await title().waitFor();
    expect(await question().count()).toBe(0);
  });

  it('asks, and stays with the edit on "Annuleren"', async () => {
    await title().fill('Op weg naar samenspel');
    await section(page, 'Materiaal');
    await question().waitFor();
    expect(await question().textContent()).toContain('Dit onderdeel heeft wijzigingen die nog niet zijn opgeslagen.');
    await page.mouse.move(0, 0);
    await screenshot(page, 'publication-leave');
    await answer('Annuleren');
    expect(await heading()).toBe('Publicatie');
    expect(await hash()).toBe('#/publication');
    expect(await title().inputValue()).toBe('Op weg naar samenspel');
    expect(await publication().getByText('Niet-opgeslagen wijzigingen').count()).toBe(1);
  });

  it('goes without saving on "Niet opslaan": the old title is back', async () => {
    await section(page, 'Materiaal');
    await answer('Niet opslaan');
    await expect.poll(heading).toBe('Materiaal');
    expect(await hash()).toBe('#/material');
    await section(page, 'Publicatie');
    await expect.poll(() => title().inputValue()).toBe('Werkplaats');
    expect(await sidebarTitle().textContent()).toBe('Werkplaats');
  });

  it('saves and goes on "Opslaan": the sidebar shows the new title', async () => {
    await title().fill('Op weg naar samenspel');
    await section(page, 'Materiaal');
    await answer('Opslaan');
    await expect.poll(heading).toBe('Materiaal');
    expect(await hash()).toBe('#/material');
    await expect.poll(() => sidebarTitle().textContent()).toBe('Op weg naar samenspel');
    await saved(page);
    await section(page, 'Publicatie');
    await expect.poll(() => title().inputValue()).toBe('Op weg naar samenspel');
  });

  it('stays when the save is refused, so its message is seen', async () => {
    const isbn = publication().getByLabel('ISBN', { exact: true });
    await isbn.fill('978-90-12345-67-8');
    const before = problems.length;
    await section(page, 'Hoofdstukken');
    await answer('Opslaan');
    await publication().getByRole('alert').waitFor();
    expect(await publication().getByRole('alert').textContent()).toBe('ISBN klopt niet: 13 cijfers, beginnend met 978 of 979 en met het juiste controlecijfer aan het eind (bijvoorbeeld 978-90-12345-67-5); er is niets gewijzigd.');
    expect(problems.splice(before)).toEqual([expect.stringMatching(/status of 400/)]);
    expect(await heading()).toBe('Publicatie');
    expect(await hash()).toBe('#/publication');
    await isbn.fill('');
    await publication().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await publication().getByText('Niet-opgeslagen wijzigingen').waitFor({ state: 'detached' });
    await saved(page);
  });

  it('asks on the back key too, and keeps the history as it was', async () => {
    await section(page, 'Materiaal');
    await section(page, 'Publicatie');
    await title().fill('Samenspel');
    await page.goBack();
    await question().waitFor();
    await answer('Annuleren');
    expect(await heading()).toBe('Publicatie');
    await expect.poll(hash).toBe('#/publication');
    expect(await title().inputValue()).toBe('Samenspel');

    await page.goBack();
    await answer('Niet opslaan');
    await expect.poll(heading).toBe('Materiaal');
    expect(await hash()).toBe('#/material');
    // Forward is where the editor left: Publicatie, as stored.
    await page.goForward();
    await expect.poll(heading).toBe('Publicatie');
    await expect.poll(() => title().inputValue()).toBe('Op weg naar samenspel');
    expect(await question().count()).toBe(0);
  });

  it('asks on an address changed outside the navigation (typed, or a plain link)', async () => {
    await title().fill('Samenspel');
    await page.evaluate(() => (window.location.hash = '#/chapters'));
    await answer('Annuleren');
    await expect.poll(hash).toBe('#/publication');
    expect(await heading()).toBe('Publicatie');
    expect(await title().inputValue()).toBe('Samenspel');

    await page.evaluate(() => (window.location.hash = '#/chapters'));
    await answer('Niet opslaan');
    await expect.poll(heading).toBe('Hoofdstukken');
    expect(await hash()).toBe('#/chapters');
    await page.goBack();
    await expect.poll(heading).toBe('Publicatie');
    await expect.poll(() => title().inputValue()).toBe('Op weg naar samenspel');
  });
});

describe('leaving a record form with unsaved changes', () => {
  it('saves a workgroup’s new name from the question, and goes', async () => {
    await section(page, 'Werkgroepen');
    await page.getByRole('button', { name: 'Nieuwe werkgroep' }).click();
    await detail().getByLabel('Naam', { exact: true }).fill('Zorg in de buurt');
    await detail().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await detail().getByText('Niet-opgeslagen wijzigingen').waitFor({ state: 'detached' });
    await saved(page);

    await detail().getByLabel('Naam', { exact: true }).fill('Zorg dichtbij');
    await section(page, 'Hoofdstukken');
    await answer('Opslaan');
    await expect.poll(heading).toBe('Hoofdstukken');
    await saved(page);
    await section(page, 'Werkgroepen');
    await expect.poll(() => page.locator('.record-list .record-title').allTextContents()).toEqual(['Zorg dichtbij']);
  });

  it('asks before another record replaces it in its section', async () => {
    await page.getByRole('button', { name: 'Nieuwe werkgroep' }).click();
    await detail().getByLabel('Naam', { exact: true }).fill('Wonen');
    await page.locator('.record-list .record', { hasText: 'Zorg dichtbij' }).click();
    await answer('Annuleren');
    expect(await detail().getByLabel('Naam', { exact: true }).inputValue()).toBe('Wonen');
    await page.locator('.record-list .record', { hasText: 'Zorg dichtbij' }).click();
    await answer('Niet opslaan');
    await expect.poll(() => detail().getByLabel('Naam', { exact: true }).inputValue()).toBe('Zorg dichtbij');
    expect(await page.locator('.record-list .record-title').allTextContents()).toEqual(['Zorg dichtbij']);
  });
});

describe('leaving the library with unsaved changes', () => {
  it('asks when an item is left for another section', async () => {
    await section(page, 'Materiaal');
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('menuitem', { name: 'verhaal', exact: true }).click();
    await detail().getByLabel('Titel', { exact: true }).fill('Koken voor de buren');
    await detail().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.locator('.record-list .record[aria-current="true"]', { hasText: 'Koken voor de buren' }).waitFor();
    await saved(page);
    // The first save opened the item it made, without asking.
    expect(await question().count()).toBe(0);

    await detail().getByLabel('Titel', { exact: true }).fill('Koken met de buren');
    await section(page, 'Overzichten');
    await answer('Niet opslaan');
    await expect.poll(heading).toBe('Overzichten');
    await section(page, 'Materiaal');
    expect(await page.locator('.record-list .record-title').allTextContents()).toEqual(['Koken voor de buren']);
  });

  it('saves a new item on the back key, and still goes back', async () => {
    await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
    await page.getByRole('menuitem', { name: 'verhaal', exact: true }).click();
    await detail().getByLabel('Titel', { exact: true }).fill('Buren helpen');
    await page.goBack();
    // The first save opens the item it made, a new entry: going back still ends where the back key pointed.
    await answer('Opslaan');
    await expect.poll(heading).toBe('Overzichten');
    expect(await hash()).toBe('#/overviews');
    await saved(page);
    await section(page, 'Materiaal');
    await expect.poll(() => page.locator('.record-list .record-title').allTextContents()).toEqual(
      expect.arrayContaining(['Buren helpen', 'Koken voor de buren']),
    );
  });
});

describe('a reviewer', () => {
  it('is never asked', async () => {
    await section(page, 'Publicatie');
    await title().fill('Iets anders');
    await page.getByRole('button', { name: 'Wie bent u?' }).click();
    const profile = page.getByRole('dialog', { name: 'Uw profiel' });
    await profile.getByLabel('Naam').fill('Samira El Amrani');
    await profile.getByLabel('Initialen').fill('SEA');
    await profile.getByLabel('Rol').selectOption({ label: 'meelezer' });
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await profile.waitFor({ state: 'detached' });
    expect(await title().isDisabled()).toBe(true);
    await section(page, 'Materiaal');
    await expect.poll(heading).toBe('Materiaal');
    expect(await question().count()).toBe(0);
  });

  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
