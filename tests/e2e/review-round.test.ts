/**
 * The review round in the app, on the demo project: an editor makes a
 * reviewer copy (Review → Meeleeskopie maken…); the reviewer comments in it
 * (through main's services, as the app in the copy would) — one passage the
 * editor then moves, one overlapping an earlier comment, one the editor
 * deletes; the editor imports the copy in the app and sees what came in, the
 * threads on their passages (overlapping highlights, the deleted passage's
 * thread kept and labelled "verplaatst"); a second import adds nothing; a
 * Word export commented in LibreOffice lands its comment; a reviewer is
 * offered no change in library, people or outline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromJSON, type NodeJSON } from '../../main/model/index.js';
import { reviewService } from '../../main/review/service.js';
import { indexDoc } from '../../main/review/text-index.js';
import { openProject } from '../../main/store/index.js';
import { bridgeTransport } from '../../renderer/api/bridge-transport.js';
import { createClient } from '../../renderer/api/client.js';
import { rangeOf } from '../unit/review/docs.js';
import { screenshot } from './support/browser.js';
import { section, startSession, type Session } from './support/session.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'bundel-e2e-round-'));
let session: Session;
let page: Page;
let problems: string[];
let copyPath = '';
const ids: Record<'moved' | 'overlap' | 'deleted', string> = { moved: '', overlap: '', deleted: '' };

const chapterId = 'ch-keukentafel';
const passages = { moved: 'Het wijkteam in Heukelveen-Oost', deleted: 'Drie dingen hielpen volgens de deelnemers' };

const column = () => page.getByRole('complementary', { name: 'Opmerkingen bij de tekst' });
const card = (threadId: string) => column().locator(`article.thread[data-thread="${threadId}"]`);
const importDialog = () => page.getByRole('dialog', { name: 'Opmerkingen van een meelezer importeren' });

function bridgeClient() {
  const url = new URL(session.bridge.url);
  return createClient(bridgeTransport({ baseUrl: url.origin, token: url.searchParams.get('token') ?? '' }));
}

async function openRound(button: string): Promise<void> {
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('dialog', { name: 'Review' }).getByRole('button', { name: button }).click();
}

async function importFile(name: string, buffer: Buffer): Promise<void> {
  await openRound('Opmerkingen importeren…');
  await importDialog().locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  // What it brought, or why it was refused.
  await importDialog().locator('.review-import-summary, .form-error').first().waitFor({ timeout: 30_000 });
}

function soffice(to: string, file: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', to, '--outdir', work, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return path.join(work, `${path.basename(file, path.extname(file))}.${to}`);
}

beforeAll(async () => {
  session = await startSession({ demo: true });
  ({ page, problems } = await session.open('#/material'));
  await page.locator('.list-count').waitFor();
});

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the review round in the app', () => {
  it('makes a reviewer copy and says where it went', async () => {
    await openRound('Meeleeskopie maken…');
    const dialog = page.getByRole('dialog', { name: 'Meeleeskopie maken' });
    await dialog.getByLabel('Naam van de meelezer').fill('Samira El Amrani');
    await dialog.getByRole('button', { name: 'Kopie maken' }).click();
    await dialog.getByText('De meeleeskopie voor Samira El Amrani is bewaard als:').waitFor();
    copyPath = (await dialog.locator('.review-round-path').textContent()) ?? '';
    expect(copyPath).toBe(path.join(path.dirname(session.project.file), 'exports', 'project - meeleeskopie Samira El Amrani.bundel'));
    expect(existsSync(copyPath)).toBe(true);
    await screenshot(page, 'review-round-copy');
    await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  });

  it('imports the copy after the master changed: each thread on its passage, the deleted one kept and listed', async () => {
    // The reviewer comments in her copy.
    const copy = openProject(copyPath);
    try {
      const review = reviewService(copy);
      const body = () => docFromJSON(copy.chapters.get(chapterId)!.body);
      const on = (passage: { from: number; to: number }, text: string) => review.comment({ chapterId, ...passage, text }).thread.id;
      ids.moved = on(rangeOf(body(), passages.moved), 'Welk jaar was dit?');
      ids.deleted = on(rangeOf(body(), passages.deleted), 'Waarom drie?');
      // Across the start of the demo's comment on "ontzorgen": the two highlights overlap.
      const index = indexDoc(body());
      const existing = index.marked.get('thr-keukentafel-ontzorgen')!;
      const overlap = rangeOf(body(), index.text.slice(existing.start - 9, existing.start + 4));
      ids.overlap = on(overlap, 'Wie ontzorgt wie?');
    } finally {
      copy.close();
    }

    // Meanwhile the editor inserts text before the first passage and deletes the paragraph of the third.
    const client = bridgeClient();
    const chapter = (await client.chapters.get({ id: chapterId }))!;
    const text = (node: NodeJSON) => (node.content ?? []).map((n) => n.text ?? '').join('');
    const content = (chapter.body.content ?? [])
      .filter((node) => !text(node).startsWith(passages.deleted))
      .map((node) =>
        text(node).startsWith(passages.moved) ? { ...node, content: [{ type: 'text', text: 'Na een jaar proberen: ' }, ...(node.content ?? [])] } : node,
      );
    await client.chapters.put({ ...chapter, body: { ...chapter.body, content } });

    await importFile('kopie-samira.bundel', readFileSync(copyPath));
    const summary = await importDialog().locator('.review-import-summary').textContent();
    expect(summary).toMatch(/^Toegevoegd: 2 · al aanwezig: \d+ · niet teruggevonden: 1$/);
    const added = importDialog().getByRole('list', { name: 'Toegevoegd' });
    await added.getByText('Welk jaar was dit?').waitFor();
    await added.getByText('Wie ontzorgt wie?').waitFor();
    const unplaced = importDialog().getByRole('list', { name: 'Niet teruggevonden' });
    expect(await unplaced.textContent()).toContain(`${passages.deleted}`);
    expect(await unplaced.textContent()).toContain('Samira El Amrani: Waarom drie?');
    expect(await unplaced.textContent()).toContain('bewaard in „Aan de keukentafel”');
    await screenshot(page, 'review-round-import');

    // To the chapter: the sidebar shows each thread on its passage.
    await added.locator('li', { hasText: 'Welk jaar was dit?' }).getByRole('link').click();
    await importDialog().waitFor({ state: 'detached' });
    await card(ids.moved).getByText('Welk jaar was dit?').waitFor();
    const chapterText = page.locator('.rich-text.chapter');
    expect(await chapterText.locator(`.comment-passage[data-threads~="${ids.moved}"]`).allTextContents()).toEqual([passages.moved]);
    expect(await chapterText.getByText('Na een jaar proberen:', { exact: false }).count()).toBeGreaterThan(0);
  });

  it('shows overlapping highlights, and the thread whose passage was deleted says it moved', async () => {
    const both = page.locator(`.rich-text.chapter .comment-passage[data-threads~="${ids.overlap}"][data-threads~="thr-keukentafel-ontzorgen"]`);
    await expect.poll(() => both.count()).toBeGreaterThan(0);
    expect(await both.first().getAttribute('class')).toContain('depth-2');
    await card(ids.overlap).getByText('Wie ontzorgt wie?').waitFor();

    await card(ids.deleted).getByText('Waarom drie?').waitFor();
    expect(await card(ids.deleted).locator('.thread-moved').textContent()).toBe('verplaatst: de tekst is verwijderd');
    expect(await card(ids.moved).locator('.thread-moved').count()).toBe(0);
    await screenshot(page, 'review-round-moved');
  });

  it('adds nothing when the same copy is imported again', async () => {
    const threads = (await bridgeClient().threads.forChapter({ chapterId })).length;
    await importFile('kopie-samira.bundel', readFileSync(copyPath));
    expect(await importDialog().locator('.review-import-summary').textContent()).toMatch(/^Toegevoegd: 0 · al aanwezig: \d+ · niet teruggevonden: 0$/);
    await importDialog().getByText('Niets nieuws: alles uit kopie-samira.bundel stond al in het project.').waitFor();
    expect((await bridgeClient().threads.forChapter({ chapterId })).length).toBe(threads);
    await importDialog().getByRole('button', { name: 'Sluiten' }).first().click();
  });

  it('refuses a file that is not a reviewer copy with a Dutch sentence', async () => {
    await importFile('project.bundel', readFileSync(session.project.file));
    // No summary: the refusal instead.
    expect(await importDialog().locator('.form-error').textContent()).toMatch(/^project\.bundel is geen meeleeskopie van Bundel\./);
    expect(await importDialog().locator('.review-import-summary').count()).toBe(0);
    await importDialog().getByRole('button', { name: 'Annuleren' }).click();
  }, 60_000);

  it('imports a Word export commented in LibreOffice: the comment lands on its passage', async () => {
    const exported = path.join(work, 'bundel.docx');
    execFileSync(process.execPath, [path.join(root, 'bin/bundel.js'), 'export', session.project.file, '--format', 'docx', '--out', exported, '--allow-without-consent'], {
      cwd: root,
      stdio: 'pipe',
    });
    const flat = readFileSync(soffice('fodt', exported), 'utf8');
    const quote = 'Mantelzorgers vroegen vaker';
    const at = flat.indexOf(quote);
    expect(at).toBeGreaterThan(0);
    const annotation =
      '<office:annotation office:name="nieuw"><dc:creator>Ingrid Vos</dc:creator><dc:date>2026-04-02T09:00:00</dc:date>' +
      '<text:p>Welke soort bedoelen jullie?</text:p></office:annotation>';
    const reviewed = path.join(work, 'nagelezen.fodt');
    writeFileSync(reviewed, `${flat.slice(0, at)}${annotation}${quote}<office:annotation-end office:name="nieuw"/>${flat.slice(at + quote.length)}`);
    const returned = readFileSync(soffice('docx', reviewed));

    await importFile('nagelezen.docx', returned);
    expect(await importDialog().locator('.review-import-summary').textContent()).toMatch(/^Toegevoegd: 1 · al aanwezig: \d+ · niet teruggevonden: 0$/);
    const added = importDialog().getByRole('list', { name: 'Toegevoegd' });
    await added.locator('li', { hasText: 'Welke soort bedoelen jullie?' }).getByRole('link').click();
    const thread = column().locator('article.thread', { has: page.getByText('Welke soort bedoelen jullie?') });
    await thread.waitFor();
    const id = (await thread.getAttribute('data-thread'))!;
    expect(await page.locator(`.rich-text.chapter .comment-passage[data-threads~="${id}"]`).allTextContents()).toEqual([quote]);
  }, 240_000);

  it('offers a reviewer no change in the library, the people lists or the outline, nor the review round', async () => {
    await page.getByRole('button', { name: 'Wie bent u?' }).click();
    const profile = page.getByRole('dialog', { name: 'Uw profiel' });
    await profile.getByLabel('Naam').fill('Ilse de Bruin');
    await profile.getByLabel('Initialen').fill('IB');
    await profile.getByLabel('Rol').selectOption({ label: 'meelezer' });
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await profile.waitFor({ state: 'detached' });

    await section(page, 'Materiaal');
    await page.locator('.record-list .record').first().click();
    const form = page.locator('.detail-pane form.record-form');
    await form.waitFor();
    const tools = page.locator('.list-pane .list-tools');
    expect(await tools.getByRole('button', { name: /^Nieuw/ }).count()).toBe(0);
    expect(await tools.getByRole('button', { name: 'Importeren…' }).count()).toBe(0);
    expect(await form.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(await form.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);
    expect(await form.getByLabel('Titel').isDisabled()).toBe(true);
    expect(await form.locator('.rich-text').getAttribute('contenteditable')).toBe('false');
    await screenshot(page, 'review-round-reviewer-library');

    await section(page, 'Bijdragers');
    expect(await page.getByRole('button', { name: 'Nieuwe bijdrager' }).count()).toBe(0);
    await page.locator('.record-list .record').first().click();
    await page.locator('.detail-pane form.record-form').waitFor();
    expect(await page.getByRole('button', { name: 'Pseudonimiseren…' }).count()).toBe(0);
    expect(await page.locator('.detail-pane form.record-form').getByRole('button', { name: 'Opslaan' }).count()).toBe(0);

    await section(page, 'Werkgroepen');
    expect(await page.getByRole('button', { name: 'Nieuwe werkgroep' }).count()).toBe(0);

    await section(page, 'Visuals');
    await page.locator('.visual-card').first().waitFor();
    expect(await page.getByRole('button', { name: 'Afbeeldingen importeren…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Nieuwe grafiek/ }).count()).toBe(0);

    await section(page, 'Hoofdstukken');
    await page.locator('ol.outline .outline-row').first().waitFor();
    expect(await page.getByRole('button', { name: 'Nieuw hoofdstuk' }).count()).toBe(0);
    expect(await page.locator('ol.outline .outline-row').first().getAttribute('draggable')).toBe('false');

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const overview = page.getByRole('dialog', { name: 'Review' });
    await overview.getByRole('heading', { name: 'Meelezers' }).waitFor();
    expect(await overview.getByRole('button', { name: 'Meeleeskopie maken…' }).count()).toBe(0);
    await overview.getByRole('button', { name: 'Sluiten' }).click();
    expect(problems).toEqual([]);
  });
});
