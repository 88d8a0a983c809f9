/**
 * Writing chapters, as an editor would: an outline to create, rename, reorder
 * (drag and Alt+↑/↓) and delete with undo; text typed with shortcuts and input
 * rules, a footnote, kaders picked and dragged from the library, a figure from
 * an imported image, Word paste, snapshots — and all of it still there after
 * a reload.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../main/store/index.js';
import { screenshot } from './support/browser.js';
import { autosaved, saved, section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];
let scratch: string;

const text = () => page.locator('.rich-text.chapter');
const outline = () => page.locator('.outline .record-title').allTextContents();

function pngFile(name: string): string {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([29, 101 + (i % 90), 96, 255], i);
  const file = path.join(scratch, name);
  writeFileSync(file, PNG.sync.write(png));
  return file;
}

async function newMaterial(kind: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
  await page.getByRole('menuitem', { name: kind, exact: true }).click();
  await page.locator('.detail-pane').getByLabel('Titel', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.locator('.record-list .record[aria-current="true"]', { hasText: title }).waitFor();
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'bundel-e2e-files-'));
  session = await startSession({ title: 'Op weg naar samenspel' });
  ({ page, problems } = await session.open());
  await newMaterial('verhaal', 'De buurvrouw die kookt');
  await newMaterial('dilemma', 'Zelf doen of hulp vragen');
  await section(page, 'Visuals');
  await page.locator('input[type="file"]').setInputFiles(pngFile('wijkkaart.png'));
  await page.locator('.visual-card', { hasText: 'wijkkaart' }).waitFor();
  await saved(page);
});

afterAll(async () => {
  await session?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('chapters', () => {
  it('creates a chapter and gives it its title, kind, byline and review status', async () => {
    await section(page, 'Hoofdstukken');
    await page.getByText('Nog geen hoofdstukken — begin met een inleiding.').waitFor();
    await page.getByRole('button', { name: 'Nieuw hoofdstuk' }).first().click();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('Samen zorgen');
    await page.getByLabel('Auteur(s)').fill('Door Eva Jansen');
    await page.getByLabel('Reviewstatus').selectOption({ label: 'ter review' });
    await autosaved(page);
    await expect.poll(outline).toEqual(['Samen zorgen']);
    expect(await page.locator('.outline .badge').textContent()).toBe('ter review');
    // The empty text says what goes in it, as a hint that is no part of the text.
    const empty = page.locator('.rich-text.chapter .empty-text');
    expect(await empty.getAttribute('data-placeholder')).toBe('Schrijf hier de tekst van het hoofdstuk, of sleep materiaal uit de kolom rechts in de tekst.');
    expect(await empty.textContent()).toBe('');
  });

  it('takes formatted text with shortcuts, input rules and Dutch quotes', async () => {
    // At a typist's pace, a pause before every key: sent back to back right after an Enter, on a machine
    // loaded by the other suites, a keystroke once stayed in the DOM unread by ProseMirror (the "-" of
    // the list rule, found at the end of the text).
    const type = async (keys: string) => {
      for (const key of keys) {
        await page.waitForTimeout(10);
        await page.keyboard.type(key);
      }
    };
    await text().click();
    await type('# Samen zorgen in de wijk');
    expect(await text().locator('.empty-text').count()).toBe(0);
    await page.keyboard.press('Enter');
    await type('Dit is ');
    await page.keyboard.press('Control+b');
    await type('vet');
    await page.keyboard.press('Control+b');
    await type(' en dit is ');
    await page.keyboard.press('Control+i');
    await type('schuin');
    await page.keyboard.press('Control+i');
    await type(', en zo werken we "samen", zie ');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByLabel('Adres').fill('werkplaats-lingedelta.nl');
    await page.keyboard.press('Enter');
    await type('.');
    await page.keyboard.press('Enter');
    await type('- korte lijnen');
    await page.keyboard.press('Enter');
    await type('een vast gezicht');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await type('> Je moet elkaar eerst leren kennen.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    expect(await text().locator('h1').textContent()).toBe('Samen zorgen in de wijk');
    expect(await text().locator('strong').textContent()).toBe('vet');
    expect(await text().locator('em').textContent()).toBe('schuin');
    expect(await text().locator('p').first().textContent()).toContain('„samen”, zie werkplaats-lingedelta.nl.');
    expect(await text().locator('a').getAttribute('href')).toBe('https://werkplaats-lingedelta.nl');
    expect(await text().locator('ul li').allTextContents(), await text().innerHTML()).toEqual(['korte lijnen', 'een vast gezicht']);
    expect(await text().locator('blockquote').textContent()).toBe('Je moet elkaar eerst leren kennen.');
  });

  it('undoes and redoes typing, by shortcut and from the toolbar', async () => {
    // History groups what is typed within half a second: pause so the next words are their own step.
    await page.waitForTimeout(600);
    await page.keyboard.type('Tijdelijk');
    await page.waitForTimeout(600);
    await page.keyboard.press('Control+z');
    expect(await text().textContent()).not.toContain('Tijdelijk');
    await page.keyboard.press('Control+y');
    expect(await text().textContent()).toContain('Tijdelijk');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    expect(await text().textContent()).not.toContain('Tijdelijk');
  });

  it('adds a footnote with Ctrl+Alt+F and keeps typing after it', async () => {
    await page.keyboard.type('De wijkverpleging sloot aan');
    await page.keyboard.press('Control+Alt+f');
    await page.locator('.footnote-editor .ProseMirror').waitFor();
    // Typed at once, before the note's own editor has focus: the words still belong in the note.
    await page.keyboard.type('Zie het ');
    await page.locator('.footnote-editor .ProseMirror-focused').waitFor();
    await page.keyboard.type('verslag van de focusgroep.');
    await page.keyboard.press('Escape');
    await page.keyboard.type(' bij de koffieochtend.');
    await page.keyboard.press('Enter');
    expect(await text().locator('.footnote').getAttribute('title')).toBe('Zie het verslag van de focusgroep.');
    expect(await text().locator('.footnote').getAttribute('data-number')).toBe('1');
    expect(await text().locator('p', { has: page.locator('.footnote') }).textContent()).toMatch(/De wijkverpleging sloot aan.*bij de koffieochtend\./);
  });

  it('saves while the typing goes on, so a crash would lose only the last second or so', async () => {
    const early = 'Zonder pauze getypt: ';
    const typed = `${early}de buurt hield de koffieochtend elke week`;
    // A key every 100 ms never leaves the autosave the pause it waits for.
    for (const key of typed) {
      await page.keyboard.type(key);
      await page.waitForTimeout(100);
    }
    // Read from the file itself, as a restart after a crash would: what was typed seconds ago is there.
    const store = openProject(session.project.file, { readOnly: true });
    try {
      const stored = store.chapters.list().map((chapter) => JSON.stringify(chapter.body));
      expect(stored.some((body) => body.includes(early))).toBe(true);
    } finally {
      store.close();
    }
    await page.keyboard.press('Enter');
  });

  it('inserts a kader picked from the library, showing the item live', async () => {
    await page.getByRole('button', { name: 'Kader met materiaal invoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('De buurvrouw die kookt').check();
    await dialog.getByRole('button', { name: 'Invoegen' }).click();
    await text().locator('.kader .kader-title', { hasText: 'De buurvrouw die kookt' }).waitFor();
    expect(await text().locator('.kader .kader-kind').first().textContent()).toContain('verhaal');
  });

  it('inserts a figure from the visuals, its image served by the bridge', async () => {
    await page.getByRole('button', { name: 'Figuur invoegen' }).click();
    await page.getByRole('dialog').locator('.visual-card', { hasText: 'wijkkaart' }).click();
    const img = text().locator('.figuur img');
    await img.waitFor();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64);
  });

  it('takes a library item dragged into the text as a new kader', async () => {
    const row = page.locator('.shelf .record', { hasText: 'Zelf doen of hulp vragen' });
    await row.dragTo(text().locator('h1'));
    await text().locator('.kader .kader-title', { hasText: 'Zelf doen of hulp vragen' }).waitFor();
    expect(await text().locator('.kader').count()).toBe(2);
  });

  it('keeps the structure of text pasted from Word and drops its styling', async () => {
    await text().locator('p').last().click();
    await text().evaluate((el) => {
      const html =
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body>' +
        '<p class="MsoNormal" style="font-family:Calibri;color:red"><b>Let op</b>: dit komt uit Word.<o:p></o:p></p>' +
        '<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;</span></span>Eerste punt</p>' +
        '<p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;</span></span>Tweede punt</p>' +
        '<p class="MsoNormal"><b style="mso-bidi-font-weight:normal">Vet in Word</b> en <span style="font-style:italic">schuin uit een stijl</span>.</p>' +
        '<p class="MsoNormal">Zie <a href="https://example.org/werkplaats">de werkplaats</a> en <a href="javascript:alert(1)">klik hier</a>.</p>' +
        '</body></html>';
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Let op: dit komt uit Word.\nEerste punt\nTweede punt');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await text().locator('ul li', { hasText: 'Tweede punt' }).waitFor();
    expect(await text().locator('ul').last().locator('li').allTextContents()).toEqual(['Eerste punt', 'Tweede punt']);
    expect(await text().locator('strong', { hasText: 'Let op' }).count()).toBe(1);
    expect(await text().locator('strong', { hasText: 'Vet in Word' }).count()).toBe(1);
    expect(await text().locator('em', { hasText: 'schuin uit een stijl' }).count()).toBe(1);
    expect(await text().locator('[style]').count()).toBe(0);
    // A web address stays a link; a javascript: one is no link, its text stays.
    expect(await text().locator('a', { hasText: 'de werkplaats' }).getAttribute('href')).toBe('https://example.org/werkplaats');
    expect(await text().locator('a', { hasText: 'klik hier' }).count()).toBe(0);
    await text().getByText('klik hier').waitFor();
    await autosaved(page);
    await screenshot(page, 'chapter-editor');
  });

  it('pastes text copied from a PDF without the control characters it brings along', async () => {
    // Focused from the keyboard, not by a click: under load the editor could apply a click's caret
    // after Ctrl+End had moved it, and the paste landed inside the last paragraph.
    await text().focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await text().evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Uit een pdf\u000Bgekopieerd,\u0002 met een\u000Cpagina-einde\u0007.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await text().locator('p', { hasText: 'pagina-einde' }).waitFor();
    expect(await text().locator('p', { hasText: 'pagina-einde' }).textContent()).toBe('Uit een pdf gekopieerd, met een pagina-einde.');
    await autosaved(page);
  });

  it('opens an item from its kader, and comes back', async () => {
    await text().locator('.kader-title', { hasText: 'De buurvrouw die kookt' }).click();
    await page.locator('.detail-pane').getByLabel('Titel', { exact: true }).waitFor();
    expect(await page.locator('.topbar h1').textContent()).toBe('Materiaal');
    expect(await page.locator('.detail-pane').getByLabel('Titel', { exact: true }).inputValue()).toBe('De buurvrouw die kookt');
    await page.goBack();
    await text().waitFor();
  });

  it('reorders chapters by keyboard and by drag', async () => {
    await page.getByRole('button', { name: 'Nieuw hoofdstuk' }).click();
    await expect.poll(() => page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Nieuw hoofdstuk');
    await page.getByLabel('Titel', { exact: true }).fill('Inleiding');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'inleiding' });
    await autosaved(page);
    await expect.poll(outline).toEqual(['Samen zorgen', 'Inleiding']);

    await page.locator('.outline-row', { hasText: 'Inleiding' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await saved(page);
    expect(await outline()).toEqual(['Inleiding', 'Samen zorgen']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Inleiding');

    const rows = page.locator('.outline-row');
    const box = (await rows.nth(1).boundingBox())!;
    await rows.nth(0).dragTo(rows.nth(1), { targetPosition: { x: 20, y: box.height - 4 } });
    await saved(page);
    expect(await outline()).toEqual(['Samen zorgen', 'Inleiding']);

    await page.locator('.outline-row', { hasText: 'Inleiding' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await saved(page);
    expect(await outline()).toEqual(['Inleiding', 'Samen zorgen']);
    await screenshot(page, 'chapters-outline');
  });

  it('has kept all of it after a reload', async () => {
    await page.reload();
    await page.locator('.outline-row').first().waitFor();
    expect(await outline()).toEqual(['Inleiding', 'Samen zorgen']);
    await page.locator('.outline-row', { hasText: 'Samen zorgen' }).click();
    await text().locator('h1').waitFor();
    expect(await text().locator('h1').textContent()).toBe('Samen zorgen in de wijk');
    expect(await text().locator('strong', { hasText: /^vet$/ }).count()).toBe(1);
    expect(await text().locator('em').first().textContent()).toBe('schuin');
    expect(await text().locator('a', { hasText: 'werkplaats-lingedelta.nl' }).getAttribute('href')).toBe('https://werkplaats-lingedelta.nl');
    expect(await text().locator('.footnote').getAttribute('title')).toBe('Zie het verslag van de focusgroep.');
    expect(await text().locator('.kader .kader-title').allTextContents()).toEqual(['Zelf doen of hulp vragen', 'De buurvrouw die kookt']);
    await expect.poll(() => text().locator('.figuur img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(64);
    expect(await page.getByLabel('Auteur(s)').inputValue()).toBe('Door Eva Jansen');
    expect(await page.getByLabel('Reviewstatus').inputValue()).toBe('inReview');
  });

  it('lists the chapter under "waar gebruikt" and refuses to delete an item in use', async () => {
    await section(page, 'Materiaal');
    await page.locator('.record-list .record', { hasText: 'De buurvrouw die kookt' }).click();
    const used = page.getByRole('region', { name: 'Waar gebruikt' });
    await used.getByRole('link', { name: 'Samen zorgen' }).waitFor();
    await page.locator('.detail-pane').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/wordt nog gebruikt in: Samen zorgen/);
    await used.getByRole('link', { name: 'Samen zorgen' }).click();
    await text().locator('h1').waitFor();
  });

  it('takes a snapshot and restores it', async () => {
    await page.getByRole('tab', { name: 'Momentopnamen' }).click();
    await page.getByLabel('Naam van de momentopname').fill('Eerste versie');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.locator('.snapshot-label', { hasText: 'Eerste versie' }).waitFor();

    await text().locator('blockquote').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Een zin die weer weg moet.');
    await autosaved(page);

    await page.locator('.snapshot-list li', { hasText: 'Eerste versie' }).getByRole('button', { name: 'Terugzetten' }).click();
    await expect.poll(() => text().textContent()).not.toContain('Een zin die weer weg moet.');
    expect(await text().locator('blockquote').textContent()).toBe('Je moet elkaar eerst leren kennen.');
    await screenshot(page, 'chapter-snapshots');
    await page.reload();
    await text().locator('blockquote').waitFor();
    expect(await text().textContent()).not.toContain('Een zin die weer weg moet.');
  });

  it('deletes a chapter, and undoes that', async () => {
    await page.locator('.outline-row', { hasText: 'Inleiding' }).click();
    await page.getByRole('button', { name: 'Hoofdstuk verwijderen' }).click();
    await page.getByText('„Inleiding” is verwijderd.').waitFor();
    expect(await outline()).toEqual(['Samen zorgen']);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(outline).toEqual(['Inleiding', 'Samen zorgen']);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Inleiding');
  });

  it('had no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
