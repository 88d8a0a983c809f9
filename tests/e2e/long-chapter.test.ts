/**
 * A long chapter (240 paragraphs, about 17,000 words) in the editor, which
 * draws only the blocks near the screen (renderer/editor/window/): the blocks
 * far away are not in the page, yet scrolling shows the text without a jump,
 * Ctrl+End and PageDown take the caret into text that was not drawn, typing
 * there is saved, footnotes keep their numbers, the comment cards stand in
 * the order of their passages, and a card for a passage far down stands
 * beside it and, clicked, shows it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromJSON, type Chapter, type RichDoc } from '../../main/model/index.js';
import { bridgeTransport } from '../../renderer/api/bridge-transport.js';
import { createClient } from '../../renderer/api/client.js';
import { screenshot } from './support/browser.js';
import { autosaved, startSession, type Session } from './support/session.js';

let session: Session;
let page: Page;
let problems: string[];
/** The scroller's height at opening, from the placeholders' guessed heights. */
let openingHeight = 0;

const paragraphs = 240;
const chapterId = 'ch-lang-verhaal';
const commented = 'de koffieochtend in paragraaf 230';
/** A passage near the top, commented on after the one far down. */
const commentedFirst = 'Paragraaf 10.';
const text = () => page.locator('.rich-text.chapter');
const scroller = () => page.locator('.chapter-main');
const paragraph = (n: number) => text().locator('p', { hasText: `Paragraaf ${n}.` });

function sentence(n: number, i: number): string {
  return `Zin ${i} van paragraaf ${n} vertelt hoe buren, vrijwilligers en professionals samen zorgen dat niemand er alleen voor staat.`;
}

/** Paragraph n: "Paragraaf n." and six sentences; a footnote in 3 and 235, a heading every 40, the passage to comment on in 230. */
function longBody(): RichDoc {
  const content: unknown[] = [];
  for (let n = 1; n <= paragraphs; n++) {
    if (n % 40 === 1) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Deel ${(n - 1) / 40 + 1}` }] });
    const inline: unknown[] = [{ type: 'text', text: `Paragraaf ${n}. ${[1, 2, 3, 4, 5, 6].map((i) => sentence(n, i)).join(' ')}` }];
    if (n === 3 || n === 235) inline.push({ type: 'footnote', content: [{ type: 'text', text: `Noot bij paragraaf ${n}.` }] });
    if (n === 230) inline.push({ type: 'text', text: ` Zo begon ${commented}.` });
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', content } as RichDoc;
}

function bridgeClient() {
  const url = new URL(session.bridge.url);
  return createClient(bridgeTransport({ baseUrl: url.origin, token: url.searchParams.get('token') ?? '' }));
}

/** Where `phrase` starts and ends in a stored body (ProseMirror positions). */
function passage(body: RichDoc, phrase: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  docFromJSON(body).descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(phrase) : -1;
    if (at >= 0 && !found) found = { from: pos + at, to: pos + at + phrase.length };
  });
  if (!found) throw new Error(`not in the body: ${phrase}`);
  return found;
}

/** The part of a paragraph's box inside the scroller's view, in px (0 when none). */
async function shown(n: number): Promise<number> {
  const view = (await scroller().boundingBox())!;
  const box = await paragraph(n).boundingBox();
  if (!box) return 0;
  return Math.max(0, Math.min(box.y + box.height, view.y + view.height) - Math.max(box.y, view.y));
}

/** Two frames: the scroll event has run and what it drew is painted. */
async function frames(): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Until a (smooth) scroll has come to rest: the same scroll position for three frames. */
async function settled(): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const top = () => document.querySelector('.chapter-main')!.scrollTop;
        const first = top();
        let frames = 0;
        const next = () => (top() !== first ? resolve(false) : ++frames === 3 ? resolve(true) : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
}

beforeAll(async () => {
  session = await startSession({ demo: true });
  const client = bridgeClient();
  await client.profile.put({ name: 'Ilse de Bruin', initials: 'IB', role: 'editor' });
  const model = (await client.chapters.get({ id: 'ch-keukentafel' }))!;
  const chapter: Chapter = { ...model, id: chapterId, title: 'Een lang verhaal', byline: '', body: longBody() };
  await client.chapters.put(chapter);
  await client.threads.comment({ chapterId, ...passage(chapter.body, commented), text: 'Hoe vaak is dat, elke week?' });
  const marked = (await client.chapters.get({ id: chapterId }))!;
  await client.threads.comment({ chapterId, ...passage(marked.body, commentedFirst), text: 'Een titel voor dit deel?' });
  ({ page, problems } = await session.open(`#/chapters/${chapterId}`));
  await paragraph(1).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('a long chapter', () => {
  it('lists the comment cards in the order of their passages from the start', async () => {
    const cards = page.locator('article.thread');
    await expect.poll(() => cards.count()).toBe(2);
    // Main lists the threads in the order they were made; the column in the order their passages stand.
    expect(await cards.locator('.thread-quote').allTextContents()).toEqual([commentedFirst, commented]);
  });

  it('draws only the blocks near the screen, standing in for the others at their height', async () => {
    await frames();
    expect(await text().locator(':scope > .block-placeholder').count()).toBeGreaterThan(150);
    expect(await paragraph(200).count()).toBe(0);
    expect(await text().textContent()).not.toContain('Paragraaf 120.');
    // The scrollbar is as long as the whole text: about 240 paragraphs of several lines each.
    const { height, client } = await scroller().evaluate((el) => ({ height: el.scrollHeight, client: el.clientHeight }));
    expect(height).toBeGreaterThan(30 * client);
    openingHeight = height;
    // The second footnote is numbered after the first, which is drawn; it is counted while not drawn.
    expect(await text().locator('.footnote').first().getAttribute('data-number')).toBe('1');
    await screenshot(page, 'long-chapter-top');
  });

  it('shows the last paragraph when scrolled to the end, as a dragged scrollbar does', async () => {
    await scroller().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await frames();
    // A drawn block may be taller or shorter than its stand-in: to the end again once they are drawn.
    await scroller().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await frames();
    expect(await shown(paragraphs)).toBeGreaterThan(20);
    expect(await paragraph(paragraphs).textContent()).toContain(sentence(paragraphs, 6));
    // The scrollbar was about as long at opening as now, with the blocks at the end measured.
    const height = await scroller().evaluate((el) => el.scrollHeight);
    expect(Math.abs(height - openingHeight) / height).toBeLessThan(0.05);
    await screenshot(page, 'long-chapter-end');
    // The note in paragraph 235, a screen or two up, is the chapter's second, though the first was not drawn.
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, -1200);
    await settled();
    expect(await paragraph(235).locator('.footnote').getAttribute('data-number')).toBe('2');
    expect(await text().textContent()).not.toContain('Paragraaf 3.');
  });

  it('keeps the text still while scrolling up with the wheel through blocks being drawn', async () => {
    await page.mouse.move(700, 500);
    for (let step = 0; step < 24; step++) {
      const anchor = await page.evaluate(() => {
        const hit = document.elementFromPoint(700, 500)?.closest('.rich-text.chapter > p');
        return hit ? { text: hit.textContent!.slice(0, 16), top: hit.getBoundingClientRect().top } : null;
      });
      expect(anchor).not.toBeNull();
      await page.mouse.wheel(0, -400);
      await settled();
      const moved = await page.evaluate((wanted) => {
        const hit = [...document.querySelectorAll('.rich-text.chapter > p')].find((p) => p.textContent!.startsWith(wanted!.text));
        return hit ? hit.getBoundingClientRect().top - wanted!.top : null;
      }, anchor);
      // What was on screen moved down by the wheel's step, not by a stand-in's error in height.
      expect(moved).not.toBeNull();
      expect(Math.abs(moved! - 400)).toBeLessThan(2);
    }
  });

  it('goes to the end with Ctrl+End, types there, and keeps it after a reload', async () => {
    await scroller().evaluate((el) => (el.scrollTop = 0));
    await frames();
    await paragraph(2).click();
    // The click's caret settles first: under load the editor could apply it after Ctrl+End had moved it.
    await frames();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tot volgende week.');
    await frames();
    expect(await paragraph(paragraphs).textContent()).toMatch(/Tot volgende week\.$/);
    expect(await shown(paragraphs)).toBeGreaterThan(20);
    await autosaved(page);
    await page.reload();
    await paragraph(1).waitFor();
    const stored = (await bridgeClient().chapters.get({ id: chapterId }))!;
    expect(JSON.stringify(stored.body.content?.at(-1))).toContain('Tot volgende week.');
    await paragraph(1).click();
    await frames();
    await page.keyboard.press('Control+End');
    await frames();
    expect(await paragraph(paragraphs).textContent()).toMatch(/Tot volgende week\.$/);
  });

  it('takes the caret down with PageDown into text that was not drawn, and types there', async () => {
    await scroller().evaluate((el) => (el.scrollTop = 0));
    await frames();
    await paragraph(1).click();
    await page.keyboard.press('Control+Home');
    await frames();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('PageDown');
      await frames();
    }
    await page.keyboard.type('XQX');
    await frames();
    const where = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.rich-text.chapter > p')].find((el) => el.textContent!.includes('XQX'));
      const view = document.querySelector('.chapter-main')!.getBoundingClientRect();
      const box = p?.getBoundingClientRect();
      return p ? { n: Number(/Paragraaf (\d+)\./.exec(p.textContent!)?.[1]), visible: box!.bottom > view.top && box!.top < view.bottom } : null;
    });
    expect(where?.visible).toBe(true);
    // Twelve pages down, as far as in a chapter drawn whole: well past the blocks drawn at opening.
    expect(where!.n).toBeGreaterThanOrEqual(18);
    await page.keyboard.press('Control+z');
    await frames();
    expect(await text().textContent()).not.toContain('XQX');
  });

  it('places the card of a passage far down beside it, and clicking it shows the passage', async () => {
    await scroller().evaluate((el) => (el.scrollTop = 0));
    await frames();
    const card = page.locator('article.thread', { hasText: 'Hoe vaak is dat' });
    await card.waitFor();
    expect(await text().textContent()).not.toContain(commented);
    // Beside its stand-in, far below the screen (before paragraph 230: 229 paragraphs and 6 headings).
    const standIn = text().locator(':scope > *').nth(229 + 6);
    expect(await standIn.getAttribute('class')).toContain('block-placeholder');
    const [standInTop, cardTop] = [(await standIn.boundingBox())!.y, (await card.boundingBox())!.y];
    expect(cardTop).toBeGreaterThan(10 * 900);
    expect(Math.abs(cardTop - standInTop)).toBeLessThan(40);
    await card.scrollIntoViewIfNeeded();
    await settled();
    await card.locator('.thread-quote').click();
    await settled();
    // The passage is drawn and selected once the scroll to it begins, which on a loaded machine may be after a still frame.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString()), { timeout: 6000 }).toBe(commented);
    expect(await shown(230)).toBeGreaterThan(20);
    // Once the passage is drawn the card moves to it (easing over 120 ms).
    const mark = text().locator('.comment-passage', { hasText: 'koffieochtend' });
    await expect.poll(async () => Math.abs((await mark.boundingBox())!.y - (await card.boundingBox())!.y), { timeout: 2000 }).toBeLessThan(40);
    await screenshot(page, 'long-chapter-card');
    expect(problems).toEqual([]);
  });

  it('warms typing up in a hidden copy of the chapter, which saves nothing and leaves nothing behind', async () => {
    // The copy comes and goes in idle time after a chapter opens: watch the page from its start.
    await page.addInitScript(() => {
      const copies: { typed: boolean; hidden: boolean; removed: boolean }[] = [];
      (window as unknown as { __copies: typeof copies }).__copies = copies;
      const hosts = new Map<Node, (typeof copies)[number]>();
      // Typed into: text that only the copy is given (the chapter's own editor is not typed into here).
      const typedText = (node: Node) => (node.textContent ?? '').includes('en zo gingen de buren samen verder');
      new MutationObserver((records) => {
        for (const record of records) {
          if (copies.length && (typedText(record.target) || [...record.addedNodes].some(typedText))) copies.at(-1)!.typed = true;
          if (record.target !== document.body) continue;
          for (const node of record.addedNodes) {
            if (!(node instanceof HTMLElement) || node.getAttribute('aria-hidden') !== 'true') continue;
            const copy = { typed: false, hidden: getComputedStyle(node).visibility === 'hidden', removed: false };
            hosts.set(node, copy);
            copies.push(copy);
          }
          for (const node of record.removedNodes) {
            const copy = hosts.get(node);
            if (copy) copy.removed = true;
          }
        }
        // The document itself: its element does not exist yet when this runs.
      }).observe(document, { childList: true, characterData: true, subtree: true });
    });
    const channels: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/ipc')) channels.push((JSON.parse(request.postData() ?? '{}') as { channel?: string }).channel ?? '');
    });
    const before = (await bridgeClient().chapters.get({ id: chapterId }))!;
    type Copies = { __copies: { typed: boolean; hidden: boolean; removed: boolean }[] };
    const copies = () => page.evaluate(() => (window as unknown as Copies).__copies);
    const gone = async (n: number) => expect.poll(async () => (await copies()).filter((c) => c.removed).length, { timeout: 10_000 }).toBe(n);
    const open = async (id: string) => {
      await page.evaluate((id) => (window.location.hash = `#/chapters/${id}`), id);
      await page.locator('.rich-text.chapter').waitFor();
    };
    // A short chapter first, then the long one: its loops run far longer, so it is warmed up on too.
    await page.evaluate(() => (window.location.hash = '#/chapters/ch-keukentafel'));
    await page.reload();
    await page.locator('.rich-text.chapter').waitFor();
    await gone(1);
    await open(chapterId);
    await paragraph(1).waitFor();
    await gone(2);
    // Back and forth: nothing longer than twice what was warmed up on, so no more copies.
    await open('ch-keukentafel');
    await open(chapterId);
    await paragraph(1).waitFor();
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
    // Each copy never visible, typed into (in the middle of its chapter), and gone.
    expect(await copies()).toEqual([
      { typed: true, hidden: true, removed: true },
      { typed: true, hidden: true, removed: true },
    ]);
    expect(await text().textContent()).not.toContain('en zo gingen de buren');
    expect(await page.locator('.ProseMirror').count()).toBe(1);
    expect(await page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    expect(channels.filter((c) => c.startsWith('chapters.') && !['chapters.get', 'chapters.summaries'].includes(c))).toEqual([]);
    expect(JSON.stringify((await bridgeClient().chapters.get({ id: chapterId }))!.body)).toBe(JSON.stringify(before.body));
    expect(problems).toEqual([]);
  });
});
