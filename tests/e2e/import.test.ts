/**
 * Importing in the app, on the demo project: a semicolon-separated CSV in
 * Windows-1252 is previewed (columns mapped by their names, a near-duplicate
 * of a demo quote flagged and unticked) and imported in one step; a broken
 * file gets the importers' Dutch sentence and adds nothing; with the
 * interface in English, the preview says where each item came from in
 * English. Then the theme ×
 * workgroup overview, whose cells open the library filtered, the consent
 * markers in the library and on kaders, and pseudonymising a contributor
 * with its undo.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Locator, Page } from 'playwright-core';
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

/** A list as Excel in Dutch saves it: semicolons, Windows-1252 (é is one byte, 0xE9). */
const csv = Buffer.from(
  [
    'Titel;Tekst;Werkgroep;Thema',
    'Het café als huiskamer;In het café op de hoek schuiven buren aan die elkaar anders nooit spreken.;Werkgroep Wijk en netwerk;ontmoeting',
    'Wat ik nog kon;Het formulier vroeg wat ik niet meer kon. Niemand vroeg wat ik nog wel kon.;;eigen regie',
  ].join('\r\n'),
  'latin1',
);

const dialog = () => page.getByRole('dialog', { name: 'Materiaal importeren' });

/** Two stories under a heading each, as a Word document. */
async function storiesDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'De buurtbus rijdt weer', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Sinds de vrijwilligers de planning zelf doen, rijdt de buurtbus ook op zaterdag naar de markt.'),
          new Paragraph({ text: 'Koffie bij de kapper', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Bij de kapper op de hoek hoor je wie er hulp nodig heeft, lang voordat het wijkteam het weet.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** What each previewed item says about itself under its title: kind, workgroup, session, where in the file. */
const itemFacts = (items: Locator) => items.locator('.import-item-head .muted').allTextContents();

async function libraryTotal(): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(/van (\d+)/.exec(text)?.[1]);
}

async function openImport(): Promise<void> {
  await section(page, 'Materiaal');
  await page.getByRole('button', { name: 'Importeren…' }).click();
  await dialog().waitFor();
}

describe('importing material', () => {
  it('previews a Windows-1252 CSV with its columns mapped and the duplicate unticked, and imports it in one step', async () => {
    await page.locator('.list-count').waitFor();
    const before = await libraryTotal();
    await openImport();
    // The file field speaks Dutch, whatever language the browser's own file input would.
    const picker = dialog().locator('.file-picker');
    expect(await picker.textContent()).toBe('Kies een bestand…Geen bestand gekozen');
    await dialog().locator('input[type="file"]').setInputFiles({ name: 'bijeenkomst-café.csv', mimeType: 'text/csv', buffer: csv });
    expect(await picker.textContent()).toBe('Kies een bestand…bijeenkomst-café.csv');
    const items = dialog().getByRole('list', { name: 'Items' });
    await expect.poll(() => items.locator('li').count(), { timeout: 20_000 }).toBe(2);

    expect(await dialog().getByLabel('Kolom „Titel”').inputValue()).toBe('title');
    expect(await dialog().getByLabel('Kolom „Tekst”').inputValue()).toBe('text');
    expect(await dialog().getByLabel('Kolom „Werkgroep”').inputValue()).toBe('workgroup');
    expect(await dialog().getByText('Tekencodering windows-1252').count()).toBe(1);
    expect(await items.getByText('Het café als huiskamer').count()).toBe(1);
    expect(await itemFacts(items)).toEqual(['verhaal · Werkgroep Wijk en netwerk · rij 2', 'verhaal · rij 3']);

    // The second row is the demo's quote "Wat ik wel kon" almost word for word: flagged and left out.
    const duplicate = items.locator('li.duplicate');
    expect(await duplicate.count()).toBe(1);
    expect(await duplicate.textContent()).toContain('Lijkt op „Wat ik wel kon” (100%)');
    expect(await dialog().getByLabel('„Wat ik nog kon” importeren').isChecked()).toBe(false);
    expect(await dialog().getByLabel('„Het café als huiskamer” importeren').isChecked()).toBe(true);
    await screenshot(page, 'import-preview');

    await dialog().getByRole('button', { name: 'Importeren', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('1 item geïmporteerd.').waitFor();
    await expect.poll(libraryTotal).toBe(before + 1);
    await page.locator('.record-list .record[aria-current="true"]', { hasText: 'Het café als huiskamer' }).waitFor();
    expect(await page.locator('.record-list .record', { hasText: 'Wat ik nog kon' }).count()).toBe(0);
  });

  it('remembers the column mapping for a list with the same headers', async () => {
    await openImport();
    await dialog().locator('input[type="file"]').setInputFiles({ name: 'nog-een-lijst.csv', mimeType: 'text/csv', buffer: csv });
    await dialog().getByText('Deze indeling is onthouden').waitFor({ timeout: 20_000 });
    await dialog().getByRole('button', { name: 'Annuleren' }).click();
    await dialog().waitFor({ state: 'detached' });
  });

  it('imports a Word document as one item, or as one item per heading, for a workgroup', async () => {
    const before = await libraryTotal();
    await openImport();
    await dialog().locator('input[type="file"]').setInputFiles({ name: 'verhalen.docx', mimeType: 'application/octet-stream', buffer: await storiesDocx() });
    const items = dialog().getByRole('list', { name: 'Items' });
    await expect.poll(() => items.locator('li').count(), { timeout: 20_000 }).toBe(1);
    expect(await itemFacts(items)).toEqual(['verhaal · kop „De buurtbus rijdt weer”']);
    await dialog().getByLabel('Eén item per kop').check();
    await expect.poll(() => items.locator('strong').allTextContents(), { timeout: 20_000 }).toEqual(['De buurtbus rijdt weer', 'Koffie bij de kapper']);
    expect(await itemFacts(items)).toEqual(['verhaal · 1. kop „De buurtbus rijdt weer”', 'verhaal · 2. kop „Koffie bij de kapper”']);
    await dialog().getByLabel('Soort').selectOption({ label: 'praktijkvoorbeeld' });
    await dialog().getByLabel('Werkgroep voor alle items').fill('Werkgroep Mantelzorg en maatwerk');
    await expect.poll(() => items.locator('li').first().textContent(), { timeout: 20_000 }).toContain('praktijkvoorbeeld · Werkgroep Mantelzorg en maatwerk');
    await screenshot(page, 'import-word');
    await dialog().getByRole('button', { name: 'Importeren', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(libraryTotal).toBe(before + 2);
    // The library opens the first imported item.
    const chosen = page.locator('.record-list .record[aria-current="true"]', { hasText: 'De buurtbus rijdt weer' });
    expect(await chosen.locator('.record-meta').textContent()).toBe('praktijkvoorbeeld · Werkgroep Mantelzorg en maatwerk');
  });

  it('says where each item came from in English when the interface is English', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const english = page.getByRole('dialog', { name: 'Import material' });
    try {
      await page.getByRole('button', { name: 'Import…', exact: true }).click();
      await english.locator('input[type="file"]').setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: csv });
      const items = english.getByRole('list', { name: 'Items' });
      await expect.poll(() => itemFacts(items), { timeout: 20_000 }).toEqual(['story · Werkgroep Wijk en netwerk · row 2', 'story · row 3']);
      await english.locator('input[type="file"]').setInputFiles({ name: 'verhalen.docx', mimeType: 'application/octet-stream', buffer: await storiesDocx() });
      await english.getByLabel('One item per heading').check();
      await expect
        .poll(() => itemFacts(items), { timeout: 20_000 })
        .toEqual(['story · 1. heading “De buurtbus rijdt weer”', 'story · 2. heading “Koffie bij de kapper”']);
      await english.getByRole('button', { name: 'Cancel' }).click();
      await english.waitFor({ state: 'detached' });
    } finally {
      await page.getByRole('button', { name: 'NL', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Importeren…', exact: true }).waitFor();
  });

  it('refuses a broken Word file with the Dutch message and adds nothing', async () => {
    const before = await libraryTotal();
    await openImport();
    await dialog()
      .locator('input[type="file"]')
      .setInputFiles({ name: 'verslag.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('dit is geen Word-document') });
    const error = dialog().locator('.form-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(/^verslag\.docx .*Er is niets geïmporteerd\.$/);
    expect(await dialog().getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    await dialog().getByRole('button', { name: 'Annuleren' }).click();
    expect(await libraryTotal()).toBe(before);
  });
});

/** A count in the theme × workgroup matrix. */
const cell = (theme: string, workgroup: string) => page.getByRole('button', { name: new RegExp(`^\\d+ items? over ${theme} uit ${workgroup}$`) });

describe('the overviews', () => {
  it('counts material per theme and workgroup, and a cell opens the library filtered to those items', async () => {
    await section(page, 'Overzichten');
    const matrix = page.getByRole('region', { name: 'Thema’s per werkgroep' });
    await matrix.locator('table').waitFor();
    // The imported item: theme "ontmoeting", matched to the demo's workgroup by name.
    expect(await cell('ontmoeting', 'Werkgroep Wijk en netwerk').textContent()).toBe('1');
    expect(await cell('ontmoeting', 'Werkgroep Mantelzorg en maatwerk').count()).toBe(0);
    await page.getByRole('region', { name: 'Bijeenkomsten in de tijd' }).getByText('Bibliotheek Arkeldijk').first().waitFor();
    await screenshot(page, 'overviews-matrix');

    const mantelzorg = Number(await cell('mantelzorg', 'Werkgroep Mantelzorg en maatwerk').textContent());
    expect(mantelzorg).toBeGreaterThan(1);
    await cell('mantelzorg', 'Werkgroep Mantelzorg en maatwerk').click();
    await page.locator('.list-count').waitFor();
    expect(await page.locator('.filter-bar .chip').allTextContents()).toEqual(['Werkgroep Mantelzorg en maatwerk×', 'mantelzorg×']);
    expect(await page.locator('.list-count').textContent()).toMatch(new RegExp(`^${mantelzorg} van \\d+$`));
    await screenshot(page, 'overviews-library-filtered');

    await section(page, 'Overzichten');
    await cell('ontmoeting', 'Werkgroep Wijk en netwerk').click();
    expect(await page.locator('.record-list .record-title').allTextContents()).toEqual(['Het café als huiskamer']);
  });
});

describe('consent markers', () => {
  it('marks material without consent in the library and on its kader in a chapter', async () => {
    await section(page, 'Overzichten');
    await cell('mantelzorg', 'Werkgroep Mantelzorg en maatwerk').click();
    const iris = page.locator('.record-list .record', { hasText: 'Iris, zeventien' });
    expect(await iris.locator('.badge.warn').textContent()).toBe('toestemming gevraagd');

    await section(page, 'Hoofdstukken');
    await page.locator('.outline .record-title', { hasText: 'Ontlasten zonder over te nemen' }).click();
    const kader = page.locator('.kader-item', { hasText: 'Iris, zeventien' });
    // The editor draws only the blocks near the screen: scroll down to the kader, a screen at a time, as a reader would.
    await page.locator('.ProseMirror').first().waitFor();
    for (let screen = 0; screen < 80 && (await kader.count()) === 0; screen++) {
      await page.locator('.chapter-main').evaluate((el) => el.scrollBy(0, el.clientHeight));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    expect(await kader.locator('.kader-kind .badge.warn').textContent()).toBe('toestemming gevraagd');
  });
});

describe('pseudonymising a contributor', () => {
  it('replaces the name everywhere in one step, and puts it back with "Ongedaan maken"', async () => {
    await section(page, 'Bijdragers');
    await page.locator('.record-list .record', { hasText: 'Samira El Amrani' }).click();
    await page.getByRole('button', { name: 'Pseudonimiseren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Samira El Amrani pseudonimiseren' });
    await dialog.getByLabel('Pseudoniem').fill('Sara A.');
    await dialog.getByRole('button', { name: 'Pseudonimiseren', exact: true }).click();
    await page.getByText('„Samira El Amrani” is vervangen door „Sara A.” in 1 tekst.').waitFor();
    // The form shows the contributor as stored now: with the pseudonym.
    await expect.poll(() => page.locator('.detail-pane').getByLabel('Pseudoniem', { exact: true }).inputValue()).toBe('Sara A.');

    await section(page, 'Hoofdstukken');
    await page.getByText('Door Sara A.').first().waitFor();
    expect(await page.getByText('Door Samira El Amrani').count()).toBe(0);
    await page.locator('.toast').getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText('De naam „Samira El Amrani” staat weer waar „Sara A.” stond.').waitFor();
    await page.getByText('Door Samira El Amrani').first().waitFor();
    expect(await page.getByText('Door Sara A.').count()).toBe(0);
  });
});

describe('the page', () => {
  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
