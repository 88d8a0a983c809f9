/**
 * hyphenation.divide over the real dispatcher: how the Dutch patterns divide
 * each word, for the Publicatie screen to offer; what it takes in is bounded,
 * and a reviewer may ask too, since it changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelAccess } from '../../../main/ipc/access.js';
import { createDispatcher, type Dispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { tempProject } from './sample-project.js';

const app = { language: new Language('nl'), recent: () => [] };

let project: ReturnType<typeof tempProject>;
let dispatch: Dispatch;

beforeEach(() => {
  project = tempProject();
  dispatch = createDispatcher({ handlers: createHandlers(project.store, app), language: app.language, log: { warn: vi.fn(), error: vi.fn() } });
});
afterEach(() => project.dispose());

describe('hyphenation.divide', () => {
  it("answers each word as the patterns alone divide it, a hyphen at each break, in the words' order", async () => {
    expect(await dispatch('hyphenation.divide', { words: ['mantelzorgondersteuning', 'Lingedelta', 'zorg', '  ijsbeer  '] })).toEqual({
      ok: true,
      value: { divisions: ['man-tel-zor-gon-der-steu-ning', 'Lin-ge-del-ta', 'zorg', 'ijs-beer'] },
    });
    expect(await dispatch('hyphenation.divide', { words: [] })).toEqual({ ok: true, value: { divisions: [] } });
  });

  it('ignores the publication\'s own divisions: it says what the editor would correct', async () => {
    project.store.publication.put({ ...project.store.publication.get(), hyphenation: ['man-tel-zorg-on-der-steu-ning'] });
    expect(await dispatch('hyphenation.divide', { words: ['mantelzorgondersteuning'] })).toMatchObject({
      value: { divisions: ['man-tel-zor-gon-der-steu-ning'] },
    });
  });

  it.each([
    ['more than 200 words', { words: Array.from({ length: 201 }, () => 'zorg') }, '/words'],
    ['a word over 100 characters', { words: ['zorg', 'a'.repeat(101)] }, '/words/1'],
    ['a word of two lines', { words: ['mantel\nzorg'] }, '/words/0'],
    ['an empty word', { words: ['   '] }, '/words/0'],
    ['a word that is not text', { words: [42] }, '/words/0'],
    ['one word instead of a list', { words: 'zorg' }, '/words'],
    ['another property', { words: ['zorg'], patterns: 'en' }, '/patterns'],
  ])('refuses %s', async (_what, payload, field) => {
    expect(await dispatch('hyphenation.divide', payload)).toMatchObject({ ok: false, error: { code: 'invalidPayload', params: { field } } });
  });

  it('takes 200 words of 100 characters', async () => {
    const answer = await dispatch('hyphenation.divide', { words: Array.from({ length: 200 }, () => 'mantelzorg'.repeat(10)) });
    expect(answer.ok && (answer.value as { divisions: string[] }).divisions).toHaveLength(200);
  });

  it('is open to a reviewer', async () => {
    expect(channelAccess['hyphenation.divide']).toBe('read');
    await dispatch('profile.put', { name: 'Samira El Amrani', initials: 'SEA', role: 'reviewer' });
    expect(await dispatch('publication.put', project.store.publication.get())).toMatchObject({ ok: false, error: { code: 'reviewerReadOnly' } });
    expect(await dispatch('hyphenation.divide', { words: ['mantelzorg'] })).toEqual({ ok: true, value: { divisions: ['man-tel-zorg'] } });
  });
});
