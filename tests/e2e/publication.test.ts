/**
 * The Publicatie section, clicked as an editor of a new project would: the
 * title changed and saved (the sidebar and the window follow), a bad ISBN
 * refused in Dutch with its field marked, a word's division taken from the
 * patterns' offer and corrected, a bad division refused before anything is
 * saved — all still there after a reload — and the whole locked for a reviewer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { saved, section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];

const form = () => page.getByRole('form', { name: 'Gegevens van de publicatie' });
const field = (label: string) => form().getByLabel(label, { exact: true });
const sidebarTitle = () => page.locator('.publication-title a');
const addField = () => field('Woord toevoegen');
const divisions = () => form().locator('.division-list .division-word .visually-hidden').allTextContents();
const save = async () => {
  await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
  await form().getByText('Niet-opgeslagen wijzigingen').waitFor({ state: 'detached' });
  await saved(page);
};

beforeAll(async () => {
  session = await startSession({ title: 'Werkplaats' });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
});

describe('the publication', () => {
  it('opens from the navigation, above Materiaal, while an empty address still opens the library', async () => {
    await page.getByRole('heading', { level: 1, name: 'Materiaal' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual([
      'Werkplaats',
      'Publicatie',
      expect.stringMatching(/^Materiaal/),
      expect.stringMatching(/^Hoofdstukken/),
      expect.stringMatching(/^Werkgroepen/),
      expect.stringMatching(/^Bijdragers/),
      expect.stringMatching(/^Visuals/),
      'Overzichten',
    ]);
    await section(page, 'Publicatie');
    await page.getByRole('heading', { level: 1, name: 'Publicatie' }).waitFor();
    expect(await field('Titel').inputValue()).toBe('Werkplaats');
    expect(await field('Taal').inputValue()).toBe('Nederlands');
    await expect.poll(() => field('Sjabloon').locator('option').allTextContents()).toEqual(['Werkplaats A4', 'Bundel A5']);
    expect(await field('Sjabloon').locator('option:checked').textContent()).toBe('Werkplaats A4');
    expect(await form().getByText('Nog geen woorden').count()).toBe(1);
  });

  it('saves a new title: the sidebar and the window title follow', async () => {
    await field('Titel').fill('Op weg naar samenspel');
    await field('Ondertitel').fill('Formele en informele zorg in de Lingedelta');
    await field('Redacteuren').fill('Ilse de Bruin');
    await field('Redacteuren').press('Enter');
    await field('Jaar').fill('2026');
    await field('Sjabloon').selectOption({ label: 'Bundel A5' });
    await save();
    await expect.poll(() => sidebarTitle().textContent()).toBe('Op weg naar samenspel');
    await expect.poll(() => page.title()).toBe('Op weg naar samenspel — Bundel');
  });

  it('refuses an ISBN without a valid check digit in Dutch, with the field marked, and takes the right one', async () => {
    await field('ISBN').fill('978-90-12345-67-8');
    const before = problems.length;
    await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('ISBN klopt niet: 13 cijfers, beginnend met 978 of 979 en met het juiste controlecijfer aan het eind (bijvoorbeeld 978-90-12345-67-5); er is niets gewijzigd.');
    expect(await field('ISBN').getAttribute('aria-invalid')).toBe('true');
    expect(problems.splice(before)).toEqual([expect.stringMatching(/status of 400/)]);
    await screenshot(page, 'publication-refused');

    await field('ISBN').fill('978-90-12345-67-5');
    await save();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await field('ISBN').getAttribute('aria-invalid')).toBeNull();
  });

  it('offers how the patterns divide a word, takes the correction and saves it', async () => {
    await addField().fill('mantelzorgondersteuning');
    const offer = form().locator('.division-offer');
    // Read out as the entry, shown with middle dots.
    await expect.poll(() => offer.locator('.division-word .visually-hidden').textContent()).toBe('man-tel-zor-gon-der-steu-ning');
    expect(await offer.locator('.division-word [aria-hidden="true"]').textContent()).toBe('man·tel·zor·gon·der·steu·ning');
    expect(await offer.textContent()).toMatch(/^Nu breekt Bundel het zo af: /);
    await offer.getByRole('button', { name: 'Overnemen' }).click();
    expect(await addField().inputValue()).toBe('man-tel-zor-gon-der-steu-ning');
    await addField().fill('man-tel-zorg-on-der-steu-ning');
    await form().getByRole('button', { name: 'Toevoegen', exact: true }).click();
    expect(await addField().inputValue()).toBe('');
    expect(await divisions()).toEqual(['man-tel-zorg-on-der-steu-ning']);
    await addField().fill('Lingedelta');
    await addField().press('Enter');
    expect(await divisions()).toEqual(['Lingedelta', 'man-tel-zorg-on-der-steu-ning']);
    expect(await form().locator('.division', { hasText: 'Lingedelta' }).getByText('nooit afbreken').count()).toBe(1);
    await save();
  });

  it('refuses a bad division and a word already in the list before anything is saved', async () => {
    const before = problems.length;
    await addField().fill('mantel--zorg');
    await form().getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const problem = form().locator('.division-add .division-problem');
    expect(await problem.textContent()).toBe(
      'Alleen letters, met een streepje waar het woord afgebroken mag worden: man-tel-zorg-on-der-steu-ning.',
    );
    expect(await addField().getAttribute('aria-invalid')).toBe('true');
    await addField().fill('Mantelzorg-ondersteuning');
    await addField().press('Enter');
    expect(await problem.textContent()).toBe('„man·tel·zorg·on·der·steu·ning” staat al in de lijst.');
    expect(await divisions()).toEqual(['Lingedelta', 'man-tel-zorg-on-der-steu-ning']);
    expect(await form().getByText('Niet-opgeslagen wijzigingen').count()).toBe(0);
    expect(problems.slice(before)).toEqual([]);
    await addField().fill('');
  });

  it('changes a division in its row', async () => {
    await form().getByRole('button', { name: 'Lingedelta wijzigen' }).click();
    const edit = form().getByLabel('Afbreking van „Lingedelta”');
    await edit.fill('Lin-ge--delta');
    await edit.press('Enter');
    expect(await form().locator('.division.editing .division-problem').textContent()).toMatch(/^Alleen letters/);
    await edit.fill('Lin-ge-del-ta');
    await edit.press('Enter');
    expect(await divisions()).toEqual(['Lin-ge-del-ta', 'man-tel-zorg-on-der-steu-ning']);
    // The picture shows the list with the patterns' offer for the next word.
    await addField().fill('docentonderzoeker');
    await expect.poll(() => form().locator('.division-offer .visually-hidden').textContent()).toBe('do-cen-ton-der-zoe-ker');
    await page.mouse.move(0, 0);
    await screenshot(page, 'publication');
    await addField().fill('');
    await save();
  });

  it('keeps it all after a reload', async () => {
    await page.reload();
    await field('Titel').waitFor();
    expect(await field('Titel').inputValue()).toBe('Op weg naar samenspel');
    expect(await field('ISBN').inputValue()).toBe('978-90-12345-67-5');
    expect(await field('Jaar').inputValue()).toBe('2026');
    expect(await field('Sjabloon').locator('option:checked').textContent()).toBe('Bundel A5');
    expect(await form().locator('.chip').allTextContents()).toEqual(['Ilse de Bruin×']);
    expect(await sidebarTitle().textContent()).toBe('Op weg naar samenspel');
    expect(await divisions()).toEqual(['Lin-ge-del-ta', 'man-tel-zorg-on-der-steu-ning']);
  });

  it('takes a word out', async () => {
    await form().getByRole('button', { name: 'Lin-ge-del-ta weghalen' }).click();
    expect(await divisions()).toEqual(['man-tel-zorg-on-der-steu-ning']);
    await save();
    await page.reload();
    await field('Titel').waitFor();
    expect(await divisions()).toEqual(['man-tel-zorg-on-der-steu-ning']);
  });

  it('opens from the title in the sidebar, and in English', async () => {
    await section(page, 'Materiaal');
    await sidebarTitle().click();
    await page.getByRole('heading', { level: 1, name: 'Publicatie' }).waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Publication' }).waitFor();
    await page.getByRole('form', { name: 'Details of the publication' }).getByLabel('Add a word', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Publicatie' }).waitFor();
  });

  it('is locked for a reviewer', async () => {
    await page.getByRole('button', { name: 'Wie bent u?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uw profiel' });
    await dialog.getByLabel('Naam').fill('Samira El Amrani');
    await dialog.getByLabel('Initialen').fill('SEA');
    await dialog.getByLabel('Rol').selectOption({ label: 'meelezer' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await field('Titel').isDisabled()).toBe(true);
    expect(await form().getByRole('button', { name: 'Opslaan', exact: true }).count()).toBe(0);
    expect(await form().getByLabel('Woord toevoegen').count()).toBe(0);
    expect(await form().locator('.division-list').getByRole('button').count()).toBe(0);
    expect(await divisions()).toEqual(['man-tel-zorg-on-der-steu-ning']);
    await screenshot(page, 'publication-reviewer');
  });

  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
