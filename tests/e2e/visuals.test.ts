/**
 * Images in the Visuals screen, as an editor brings them in: a photo shows
 * its size at 300 dpi and whether it is sharp across the template's text
 * column; its title, caption, credit, alt text and source session are kept;
 * a hostile SVG arrives sanitised and still drawn; a file that is no image
 * is refused with a Dutch message naming it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../main/store/index.js';
import { dangerIn, hostileSvgs } from '../support/hostile-svgs.js';
import { pngOf } from '../support/image-files.js';
import { screenshot } from './support/browser.js';
import { saved, section, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];
let scratch: string;

const form = () => page.locator('.detail-pane');
const field = (label: string) => form().getByLabel(label, { exact: true });
const card = (title: string) => page.locator('.visual-card', { hasText: title });

function file(name: string, bytes: Uint8Array | string): string {
  const at = path.join(scratch, name);
  writeFileSync(at, bytes);
  return at;
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'bundel-e2e-visuals-'));
  session = await startSession({ demo: true });
  ({ page, problems } = await session.open());
});

afterAll(async () => {
  await session?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('images in the Visuals screen', () => {
  it('shows an imported photo at 300 dpi and warns that it is too small for the A4 column', async () => {
    await section(page, 'Visuals');
    await page.locator('input[type="file"]').setInputFiles(file('wijkfoto.png', pngOf(1600, 1063)));
    await card('wijkfoto').waitFor();
    await expect.poll(() => form().locator('.visual-print').first().textContent()).toBe('13,5 × 9,0 cm bij 300 dpi');
    expect(await form().locator('.visual-print-warning').textContent()).toBe(
      'Te klein voor de tekstkolom van Werkplaats A4 (16,0 cm breed): gedrukt op die breedte is het 254 dpi. Voor scherp drukwerk is 1890 pixels breed nodig.',
    );
    await screenshot(page, 'visual-print-size');
  });

  it('says a photo wide enough is sharp', async () => {
    await page.locator('input[type="file"]').setInputFiles(file('luchtfoto.png', pngOf(2400, 1600)));
    await card('luchtfoto').waitFor();
    await expect.poll(() => form().locator('.visual-print').allTextContents()).toEqual([
      '20,3 × 13,5 cm bij 300 dpi',
      'Scherp genoeg voor de tekstkolom van Werkplaats A4 (16,0 cm breed).',
    ]);
    expect(await form().locator('.visual-print-warning').count()).toBe(0);
  });

  it('keeps title, caption, credit, alt text and the session it came from', async () => {
    await card('wijkfoto').click();
    await field('Titel').fill('De wijk vanaf het dak');
    await field('Bijschrift').fill('De flats aan de rand van de wijk.');
    await field('Bron / maker').fill('Foto: werkgroep Wonen');
    await field('Alternatieve tekst').fill('Flats en een plein, van bovenaf gezien.');
    const option = field('Bijeenkomst').locator('option').nth(1);
    const sessionLabel = (await option.textContent())!;
    await field('Bijeenkomst').selectOption({ label: sessionLabel });
    await form().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await saved(page);
    await page.reload();
    await card('De wijk vanaf het dak').click();
    await expect.poll(() => field('Bijschrift').inputValue()).toBe('De flats aan de rand van de wijk.');
    expect(await field('Bron / maker').inputValue()).toBe('Foto: werkgroep Wonen');
    expect(await field('Alternatieve tekst').inputValue()).toBe('Flats en een plein, van bovenaf gezien.');
    expect(await field('Bijeenkomst').locator('option:checked').textContent()).toBe(sessionLabel);
  });

  it('imports a hostile SVG sanitised, still drawn, as a vector drawing', async () => {
    await page.locator('input[type="file"]').setInputFiles(file('spectrum.svg', hostileSvgs['event attributes']!));
    await card('spectrum').waitFor();
    const img = card('spectrum').locator('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(200);
    await expect.poll(() => form().locator('.visual-print').textContent()).toBe('Vectortekening: scherp op elk formaat');
    const store = openProject(session.project.file, { readOnly: true });
    try {
      const visual = store.visuals.list().find((v) => v.title === 'spectrum')!;
      const stored = store.images.get(visual.source.type === 'image' ? visual.source.hash : '')!;
      expect(dangerIn(new TextDecoder().decode(stored.bytes))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('refuses a file that only calls itself an image, naming it', async () => {
    await page.locator('input[type="file"]').setInputFiles(file('nep.png', 'Dit is geen afbeelding.'));
    await page.getByText('nep.png: Dit bestand is geen PNG-, JPEG- of SVG-afbeelding', { exact: false }).waitFor();
    expect(await card('nep').count()).toBe(0);
  });

  it('had no page errors or CSP violations', () => {
    // The refused file's failed write is logged by the client as a console error; nothing else may be.
    expect(problems.filter((p) => !p.includes('images.put'))).toEqual([]);
  });
});
