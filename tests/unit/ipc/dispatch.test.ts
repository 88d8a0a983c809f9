import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { channels, contract } from '../../../main/ipc/contract.js';
import { createDispatcher, type Dispatch } from '../../../main/ipc/dispatch.js';
import { createHandlers, type Handlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import type { Logger } from '../../../main/ipc/errors.js';
import { newPublication } from '../../../main/model/index.js';
import { tempProject } from './sample-project.js';

const app = { language: new Language('nl'), recent: () => [] };
const workgroup = { id: 'wg2', name: 'Werkgroep Wonen', theme: 'Wonen en zorg', description: '' };

let project: ReturnType<typeof tempProject>;
let log: { warn: Mock<Logger['warn']>; error: Mock<Logger['error']> };
let dispatch: Dispatch;

function dispatcherWith(overrides: Partial<Handlers>): Dispatch {
  return createDispatcher({ handlers: { ...createHandlers(project.store, app), ...overrides }, language: app.language, log });
}

function dispatchIn(locale: 'nl' | 'en', channel: string, payload: unknown): ReturnType<Dispatch> {
  return createDispatcher({ handlers: createHandlers(project.store, app), language: new Language(locale), log })(channel, payload);
}

beforeEach(() => {
  project = tempProject();
  log = { warn: vi.fn<Logger['warn']>(), error: vi.fn<Logger['error']>() };
  dispatch = dispatcherWith({});
});
afterEach(() => project.dispose());

describe('dispatch refuses what is not in the contract', () => {
  it.each(['workgroups.drop', 'store.close', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 42, null, undefined, {}])(
    'unknown channel %o',
    async (channel) => {
      const answer = await dispatch(channel, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/kent de opdracht .* niet/);
    },
  );

  it('echoes at most a short piece of an unknown channel name', async () => {
    const answer = await dispatch('x'.repeat(10_000), {});
    expect(!answer.ok && answer.error.message.length).toBeLessThan(300);
  });

  it.each([
    ['workgroups.put', { ...workgroup, name: 5 }, '/name'],
    ['workgroups.put', { ...workgroup, id: 'ongeldig id!' }, '/id'],
    ['workgroups.put', { ...workgroup, name: '' }, '/name'],
    ['workgroups.get', { id: ['wg1'] }, '/id'],
    ['chapters.reorder', { ids: 'ch1' }, '/ids'],
    ['search', { query: 'zorg', limit: 0 }, '/limit'],
    ['search', { query: 'zorg', limit: '5' }, '/limit'],
    ['images.put', { bytes: 'dit is geen base64!', mime: 'image/png' }, '/bytes'],
    ['images.put', { bytes: 'iVBORw0K', mime: 'text/html' }, '/mime'],
    ['material.put', { kind: 'poem', id: 'm9' }, '/kind'],
  ])('wrong types: %s %o', async (channel, payload, field) => {
    const answer = await dispatch(channel, payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalidPayload', params: { channel, field } } });
    if (!answer.ok) expect(answer.error.message).toMatch(/; er is niets gewijzigd\.$/);
  });

  it.each([
    [{ ...workgroup, name: '' }, 'nl', 'Naam mag niet leeg zijn; er is niets gewijzigd.'],
    [{ ...workgroup, name: 5 }, 'nl', 'Naam heeft geen geldige waarde; er is niets gewijzigd.'],
    [{ ...workgroup, id: 'ongeldig id!' }, 'nl', 'Bundel kreeg ongeldige gegevens voor workgroups.put (bij /id); er is niets gewijzigd.'],
    [{ ...workgroup, name: '' }, 'en', 'Name must not be empty; nothing was changed.'],
  ] as const)('names a form field by its label: %o in %s', async (payload, locale, sentence) => {
    const answer = await dispatchIn(locale, 'workgroups.put', payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalidPayload', message: sentence } });
  });

  const publication = { ...newPublication('Proef'), year: 2026 };
  it.each([
    ['/editors/1', 'nl', { ...publication, editors: ['Anna de Vries', ''] }, 'Redacteuren mag niet leeg zijn; er is niets gewijzigd.'],
    ['/keywords/1', 'nl', { ...publication, keywords: ['zorg', 'x'.repeat(81)] }, 'Trefwoorden is te lang (hooguit 80); er is niets gewijzigd.'],
    ['/hyphenation/1', 'nl', { ...publication, hyphenation: ['man-tel', 'mantel--zorg'] }, 'Afbreken: alleen letters, met een streepje waar het woord afgebroken mag worden (man-tel-zorg-on-der-steu-ning); er is niets gewijzigd.'],
    ['/hyphenation', 'nl', { ...publication, hyphenation: ['mantel-zorg', 'man-tel-zorg'] }, 'Afbreken: elk woord staat er één keer in; er is niets gewijzigd.'],
    ['/isbn', 'nl', { ...publication, isbn: '978-90-12345-67-8' }, 'ISBN klopt niet: 13 cijfers, beginnend met 978 of 979 en met het juiste controlecijfer aan het eind (bijvoorbeeld 978-90-12345-67-5); er is niets gewijzigd.'],
    ['/editors/0', 'en', { ...publication, editors: [''] }, 'Editors must not be empty; nothing was changed.'],
    ['/isbn', 'en', { ...publication, isbn: '978-90-12345-67-8' }, 'ISBN is not right: 13 digits, starting with 978 or 979 and ending in the right check digit (for example 978-90-12345-67-5); nothing was changed.'],
  ] as const)('names %s by its label, an element by its list\'s (%s)', async (field, locale, payload, sentence) => {
    const answer = await dispatchIn(locale, 'publication.put', payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalidPayload', params: { field }, message: sentence } });
  });

  it('says where an element is when its list has no label', async () => {
    expect(await dispatch('chapters.reorder', { ids: ['ch1', 'ongeldig id!'] })).toMatchObject({
      ok: false,
      error: { message: 'Bundel kreeg ongeldige gegevens voor chapters.reorder (bij /ids/1); er is niets gewijzigd.' },
    });
  });

  it.each([
    ['workgroups.list', { all: true }, '/all'],
    ['workgroups.put', { ...workgroup, admin: true }, '/admin'],
    ['workgroups.get', { id: 'wg1', include: 'bodies' }, '/include'],
    ['publication.get', JSON.parse('{"__proto__": {"polluted": true}}') as unknown, '/__proto__'],
  ])('extra properties: %s %o', async (channel, payload, field) => {
    expect(await dispatch(channel, payload)).toMatchObject({ ok: false, error: { code: 'invalidPayload', params: { field } } });
  });

  it.each([undefined, null, 'wg1', 7, [], [{ id: 'wg1' }]])('a payload that is not an object: %o', async (payload) => {
    expect(await dispatch('workgroups.get', payload)).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
  });

  it('changes nothing when it refuses', async () => {
    await dispatch('workgroups.put', { ...workgroup, extra: 1 });
    await dispatch('workgroups.delete', { id: 'wg1', cascade: true });
    expect(project.store.workgroups.list().map((w) => w.id)).toEqual(['wg1']);
  });
});

describe('dispatch answers', () => {
  it('a valid call with the validated value', async () => {
    expect(await dispatch('workgroups.put', { ...workgroup, name: '  Werkgroep Wonen  ' })).toEqual({
      ok: true,
      value: workgroup,
    });
    expect(project.store.workgroups.get('wg2')).toEqual(workgroup);
  });

  it("a store's user error with its code, parameters and the catalogue's Dutch sentence", async () => {
    const answer = await dispatch('workgroups.delete', { id: 'bestaatniet' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'notFound',
        params: { whatKey: 'record.workgroup', id: 'bestaatniet' },
        message: 'werkgroep bestaatniet bestaat niet (meer) in dit project.',
      },
    });
  });

  it('an unexpected exception as "unexpected", its text only in the log', async () => {
    const failing = dispatcherWith({
      'project.info': () => {
        throw new Error('SQLITE_IOERR at /home/redactie/geheim.bundel');
      },
    });
    const answer = await failing('project.info', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unexpected', params: { channel: 'project.info' } } });
    expect(JSON.stringify(answer)).not.toMatch(/SQLITE|geheim/);
    expect(log.error).toHaveBeenCalledWith('project.info failed', expect.any(Error));
  });

  it('a handler result outside the contract as "unexpected"', async () => {
    const leaky = dispatcherWith({
      'workgroups.get': () => ({ ...workgroup, passwordHash: 'x' }) as unknown as ReturnType<Handlers['workgroups.get']>,
    });
    const answer = await leaky('workgroups.get', { id: 'wg2' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(JSON.stringify(answer)).not.toContain('passwordHash');
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('in English when the app runs in English', async () => {
    const english = createDispatcher({ handlers: createHandlers(project.store, app), language: new Language('en'), log });
    const answer = await english('nope', {});
    expect(!answer.ok && answer.error.message).toBe('Bundel does not know the command nope; nothing was changed.');
  });

  it('in the language the UI chose, from the next answer on, and tells whoever listens', async () => {
    const language = new Language('nl');
    const heard: string[] = [];
    language.onChange((locale) => heard.push(locale));
    const dispatch = createDispatcher({ handlers: createHandlers(project.store, { language, recent: () => [] }), language, log });
    const said = async () => {
      const answer = await dispatch('nope', {});
      return !answer.ok && answer.error.message;
    };
    expect(await said()).toContain('Bundel kent de opdracht nope niet');
    expect(await dispatch('app.setLocale', { locale: 'en' })).toEqual({ ok: true, value: { locale: 'en' } });
    expect(await dispatch('app.locale', {})).toEqual({ ok: true, value: { locale: 'en' } });
    expect(await said()).toBe('Bundel does not know the command nope; nothing was changed.');
    expect(await dispatch('app.setLocale', { locale: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
    expect(heard).toEqual(['en']);
  });
});

describe('the contract and the handlers', () => {
  it('cover the same channels', () => {
    expect(Object.keys(createHandlers(project.store, app)).sort()).toEqual([...channels].sort());
  });

  it('take objects as input on every channel', () => {
    for (const channel of channels) {
      expect(contract[channel].input.safeParse('x').success, channel).toBe(false);
    }
  });
});
