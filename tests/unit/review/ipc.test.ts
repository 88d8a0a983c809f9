/** Review through the IPC dispatch, as the app calls it: comments, the reviewer role, review status and the overview. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, SavedChapter } from '../../../main/ipc/contract.js';
import { createDispatcher, type Dispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { docFromJSON, type Chapter, type CommentThread } from '../../../main/model/index.js';
import { tempProject } from '../ipc/sample-project.js';
import { markedText, rangeOf } from './docs.js';

const app = { language: new Language('nl'), recent: () => [] };
const silent = { warn: () => {}, error: () => {} };
const editor = { name: 'Eva Rademaker', initials: 'ER', role: 'editor' as const };
const reviewer = { name: 'Samira El Amrani', initials: 'SEA', role: 'reviewer' as const };

let project: ReturnType<typeof tempProject>;
let dispatch: Dispatch;

beforeEach(() => {
  project = tempProject();
  dispatch = createDispatcher({ handlers: createHandlers(project.store, app), language: app.language, log: silent });
});
afterEach(() => project.dispose());

async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const answer: Envelope = await dispatch(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function refused(channel: string, payload: unknown): Promise<{ code: string; message: string }> {
  const answer = await dispatch(channel, payload);
  if (answer.ok) throw new Error(`${channel} was not refused`);
  return answer.error;
}

const chapter = () => project.store.chapters.get('ch1')!;

async function commentOn(text: string, remark: string) {
  const range = rangeOf(docFromJSON(chapter().body), text);
  return ok<{ thread: CommentThread; chapter: Chapter }>('threads.comment', { chapterId: 'ch1', ...range, text: remark });
}

describe('the profile', () => {
  it('starts empty, for an editor, and asks for a name before the first comment', async () => {
    expect(await ok('profile.get', {})).toEqual({ profile: null, role: 'editor', reviewCopy: null });
    const error = await refused('threads.comment', { chapterId: 'ch1', from: 1, to: 5, text: 'Hm.' });
    expect(error.code).toBe('noProfile');
    expect(error.message).toContain('naam en initialen');
  });

  it('is kept in the file', async () => {
    expect(await ok('profile.put', reviewer)).toEqual({ profile: reviewer, role: 'reviewer', reviewCopy: null });
    expect(await ok('profile.get', {})).toMatchObject({ profile: reviewer, role: 'reviewer' });
  });
});

describe('a reviewer', () => {
  beforeEach(async () => {
    await ok('profile.put', reviewer);
  });

  it('cannot change the text: the save is refused in main with a Dutch message and the chapter stays as it was', async () => {
    const before = chapter();
    const edited = { ...before, title: 'Een andere titel', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Weg.' }] }] } };
    const error = await refused('chapters.put', edited);
    expect(error.code).toBe('reviewerReadOnly');
    expect(error.message).toMatch(/Als meelezer kun je de tekst.*niet wijzigen/);
    expect(chapter()).toEqual(before);
  });

  it.each([
    ['material.delete', { id: 'm1' }],
    ['chapters.delete', { id: 'ch1' }],
    ['chapters.reorder', { ids: ['ch1'] }],
    ['workgroups.delete', { id: 'wg1' }],
    ['threads.delete', { id: 't1' }],
    ['snapshots.take', { chapterId: 'ch1', label: 'x' }],
  ])('cannot change material or structure: %s', async (channel, payload) => {
    expect((await refused(channel, payload)).code).toBe('reviewerReadOnly');
    expect(project.store.counts()).toMatchObject({ material: 1, chapters: 1, workgroups: 1, threads: 1 });
  });

  it('can comment, reply, resolve and reopen, and set the review status', async () => {
    const { thread, chapter: marked } = await commentOn('keukentafel', 'Welke keukentafel?');
    expect(thread.anchor).toEqual({ quote: 'keukentafel', prefix: 'Een middag aan de ', suffix: ' in Gorinchem.' });
    expect(thread.comments[0]).toMatchObject({ author: reviewer, text: 'Welke keukentafel?' });
    expect(markedText(marked.body, thread.id)).toBe('keukentafel');
    // The existing comment on "Gorinchem" is untouched.
    expect(markedText(marked.body, 't1')).toBe('Gorinchem');

    const replied = await ok<CommentThread>('threads.reply', { threadId: thread.id, text: 'Die in Gorinchem.' });
    expect(replied.comments.map((c) => c.text)).toEqual(['Welke keukentafel?', 'Die in Gorinchem.']);
    expect(await ok<CommentThread>('threads.resolve', { threadId: thread.id })).toMatchObject({ resolved: true, resolvedBy: reviewer });
    expect(await ok<CommentThread>('threads.reopen', { threadId: thread.id })).toMatchObject({ resolved: false, resolvedBy: null });

    const status = await ok<Chapter>('chapters.setReviewStatus', { chapterId: 'ch1', status: 'approved' });
    expect(status.reviewStatus).toBe('approved');
    expect(project.store.statusChanges.forChapter('ch1')).toMatchObject([{ from: 'draft', to: 'approved', author: reviewer }]);
  });
});

describe('comments', () => {
  beforeEach(async () => {
    await ok('profile.put', editor);
  });

  it('overlap: two threads on crossing passages keep their own marks', async () => {
    const first = await commentOn('middag aan de', 'Welke middag?');
    const second = await commentOn('de keukentafel', 'Een echte keukentafel?');
    const body = chapter().body;
    expect(markedText(body, first.thread.id)).toBe('middag aan de');
    expect(markedText(body, second.thread.id)).toBe('de keukentafel');
  });

  it('can be edited and deleted by their author only; deleting the only comment removes thread and mark', async () => {
    const { thread } = await commentOn('middag', 'Wanneer was dit?');
    const edited = await ok<CommentThread>('threads.edit', { threadId: thread.id, commentId: thread.comments[0]!.id, text: 'Wanneer precies?' });
    expect(edited.comments[0]).toMatchObject({ text: 'Wanneer precies?', editedAt: expect.any(String) });

    // Piet's comment on t1 is not Eva's.
    const error = await refused('threads.edit', { threadId: 't1', commentId: 'k1', text: 'Anders.' });
    expect(error.code).toBe('notYourComment');
    expect(error.message).toContain('Piet Jansen');
    expect((await refused('threads.deleteComment', { threadId: 't1', commentId: 'k1' })).code).toBe('notYourComment');

    const gone = await ok<{ thread: CommentThread | null; chapter: Chapter | null }>('threads.deleteComment', {
      threadId: thread.id,
      commentId: thread.comments[0]!.id,
    });
    expect(gone.thread).toBeNull();
    expect(markedText(gone.chapter!.body, thread.id)).toBeUndefined();
    expect(project.store.threads.get(thread.id)).toBeUndefined();
  });

  it('a reply deleted by its author leaves the thread', async () => {
    const { thread } = await commentOn('middag', 'Wanneer was dit?');
    const replied = await ok<CommentThread>('threads.reply', { threadId: thread.id, text: 'In maart.' });
    const change = await ok<{ thread: CommentThread | null; chapter: Chapter | null }>('threads.deleteComment', {
      threadId: thread.id,
      commentId: replied.comments[1]!.id,
    });
    expect(change.thread?.comments.map((c) => c.text)).toEqual(['Wanneer was dit?']);
    expect(change.chapter).toBeNull();
  });

  it('refuse an empty passage and an empty text', async () => {
    expect((await refused('threads.comment', { chapterId: 'ch1', from: 3, to: 3, text: 'Hm.' })).code).toBe('emptyPassage');
    expect((await refused('threads.comment', { chapterId: 'ch1', from: 1, to: 5, text: '   ' })).code).toBe('invalidPayload');
  });

  it('keep their marks through a save that keeps the passage; the save answers without the body it stored as sent', async () => {
    const before = chapter();
    const body = structuredClone(before.body);
    body.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Een zin erbij.' }] });
    const saved = await ok<SavedChapter>('chapters.put', { ...before, body, title: 'Keukentafel' });
    expect(saved).toMatchObject({ id: 'ch1', title: 'Keukentafel', body: null });
    expect(chapter().body).toEqual(body);
    expect(markedText(chapter().body, 't1')).toBe('Gorinchem');
  });

  it('survive the deletion of their passage by an editor: the thread moves to the nearest text and says so', async () => {
    const before = chapter();
    const body = structuredClone(before.body);
    // "Een middag aan de keukentafel in Gorinchem." → "Een middag aan de keukentafel."
    body.content![0]!.content = [{ type: 'text', text: 'Een middag aan de keukentafel.' }];
    const saved = await ok<SavedChapter>('chapters.put', { ...before, body });
    const thread = project.store.threads.get('t1')!;
    expect(thread.reanchoredAt).not.toBeNull();
    expect(thread.anchor.quote).toBe('Gorinchem');
    expect(markedText(saved.body!, 't1')).toBe('keukentafel');
    expect(saved.body).toEqual(chapter().body);
    expect(project.store.check().ok).toBe(true);
  });

  it('survive restoring a snapshot that lacks their passage', async () => {
    const snapshot = await ok<{ id: string }>('snapshots.take', { chapterId: 'ch1', label: 'Voor de nieuwe alinea' });
    const before = chapter();
    const body = structuredClone(before.body);
    body.content!.splice(1, 0, { type: 'paragraph', content: [{ type: 'text', text: 'Een nieuwe alinea over de buurt.' }] });
    await ok('chapters.put', { ...before, body });
    const { thread } = await commentOn('de buurt', 'Welke buurt?');
    const restored = await ok<Chapter>('snapshots.restore', { snapshotId: snapshot.id });
    expect(project.store.threads.get(thread.id)!.reanchoredAt).not.toBeNull();
    expect(markedText(restored.body, thread.id)).toBeDefined();
    expect(markedText(restored.body, 't1')).toBe('Gorinchem');
    expect(project.store.check().ok).toBe(true);
  });

  it('are deleted with their mark by an editor', async () => {
    expect(await ok('threads.delete', { id: 't1' })).toBeNull();
    expect(markedText(chapter().body, 't1')).toBeUndefined();
    expect(project.store.check().ok).toBe(true);
  });
});

describe('a save of the blocks an edit changed (chapters.patch)', () => {
  beforeEach(async () => {
    await ok('profile.put', editor);
  });

  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const patch = (fields: object) => ({ id: 'ch1', base: chapter().updatedAt, count: 3, updatedAt: '2026-12-01T09:00:00.000Z', ...fields });

  it('puts the blocks in place of the ones they replace, keeps the marks of the blocks left alone, and answers without the body', async () => {
    const before = chapter();
    const saved = await ok<SavedChapter | null>('chapters.patch', patch({ from: 1, to: 1, blocks: [paragraph('Een nieuwe alinea.')] }));
    expect(saved).toMatchObject({ id: 'ch1', updatedAt: '2026-12-01T09:00:00.000Z', body: null });
    expect(chapter().body.content).toEqual([before.body.content![0], paragraph('Een nieuwe alinea.'), ...before.body.content!.slice(1)]);
    expect(markedText(chapter().body, 't1')).toBe('Gorinchem');
    expect(project.store.chapters.summaries().find((c) => c.id === 'ch1')!.words).toBeGreaterThan(0);
    expect(project.store.check().ok).toBe(true);
  });

  it('gives the threads of a retyped block their marks back, and answers with the body it stored', async () => {
    const saved = await ok<SavedChapter | null>('chapters.patch', patch({ from: 0, to: 1, blocks: [paragraph('Een middag aan de keukentafel in Gorinchem, thuis.')] }));
    expect(markedText(saved!.body!, 't1')).toBe('Gorinchem');
    expect(saved!.body).toEqual(chapter().body);
    expect(project.store.threads.get('t1')!.reanchoredAt).toBeNull();
  });

  it('says whether the threads moved, so that the editor reads them again only then', async () => {
    const anchor = project.store.threads.get('t1')!.anchor;
    // Right after the passage: the words that follow it, part of its anchor, are new.
    const long = 'Daarna spraken we nog lang door over de buurt, de mantelzorg en wie wat kon doen.';
    const near = await ok<SavedChapter | null>('chapters.patch', patch({ from: 1, to: 1, blocks: [paragraph(long)] }));
    expect(near).toMatchObject({ body: null, threadsMoved: true });
    expect(project.store.threads.get('t1')!.anchor).not.toEqual(anchor);
    const far = await ok<SavedChapter | null>('chapters.patch', patch({ count: 4, from: 4, to: 4, blocks: [paragraph('Een slotalinea.')] }));
    expect(far).toMatchObject({ body: null, threadsMoved: false });
  });

  it('answers null and stores nothing when the chapter is not the one the blocks were found against', async () => {
    const before = chapter();
    expect(await ok('chapters.patch', patch({ base: '2026-01-01T00:00:00.000Z', from: 0, to: 1, blocks: [] }))).toBeNull();
    expect(await ok('chapters.patch', patch({ count: 4, from: 0, to: 1, blocks: [] }))).toBeNull();
    expect(chapter()).toEqual(before);
  });

  it('refuses blocks that are not rich text or may not stand in a chapter, and a range outside the body', async () => {
    const before = chapter();
    expect((await refused('chapters.patch', patch({ from: 0, to: 1, blocks: [{ type: 'poster' }] }))).code).toBe('invalidPayload');
    expect((await refused('chapters.patch', patch({ from: 2, to: 1, blocks: [] }))).code).toBe('invalidPayload');
    expect((await refused('chapters.patch', patch({ from: 0, to: 1, blocks: [{ type: 'text', text: 'los' }] }))).code).toBe('invalidRecord');
    expect(chapter()).toEqual(before);
  });

  it('works the same in a chapter without threads', async () => {
    await ok('threads.delete', { id: 't1' });
    expect((await refused('chapters.patch', patch({ from: 0, to: 1, blocks: [{ type: 'text', text: 'los' }] }))).code).toBe('invalidRecord');
    const saved = await ok<SavedChapter | null>('chapters.patch', patch({ from: 3, to: 3, blocks: [paragraph('Slot.')] }));
    expect(saved).toMatchObject({ id: 'ch1', body: null, threadsMoved: false });
    expect(chapter().body.content!.at(-1)).toEqual(paragraph('Slot.'));
  });

  it('is refused to a reviewer', async () => {
    await ok('profile.put', reviewer);
    expect((await refused('chapters.patch', patch({ from: 0, to: 0, blocks: [paragraph('Nee.')] }))).code).toBe('reviewerReadOnly');
  });
});

describe('the review overview', () => {
  it('shows per chapter its status, open threads and last activity, and per reviewer what they still owe', async () => {
    await ok('profile.put', editor);
    await ok('chapters.setReviewStatus', { chapterId: 'ch1', status: 'inReview' });
    let overview = await ok<{ chapters: unknown[]; reviewers: { reviewer: { name: string }; owes: { chapterId: string }[] }[] }>('review.overview', {});
    expect(overview.chapters).toEqual([
      expect.objectContaining({ chapterId: 'ch1', status: 'inReview', openThreads: 1, resolvedThreads: 0, lastActivity: expect.any(String) }),
    ]);
    // Piet commented before the chapter went into review: he owes a reaction on this round.
    expect(overview.reviewers).toEqual([{ reviewer: expect.objectContaining({ name: 'Piet Jansen' }), owes: [{ chapterId: 'ch1', title: 'Samen zorgen' }] }]);

    await ok('profile.put', { name: 'Piet Jansen', initials: 'PJ', role: 'reviewer' });
    await ok('threads.reply', { threadId: 't1', text: 'Ik bedoel de wijk Lingewijk.' });
    overview = await ok('review.overview', {});
    expect(overview.reviewers).toEqual([{ reviewer: expect.objectContaining({ name: 'Piet Jansen' }), owes: [] }]);
  });
});
