import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type PreloadApi } from '../../../main/ipc/contract.js';
import { createDispatcher } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { bytesToBase64 } from '../../../renderer/api/base64.js';
import { bridgeTransport } from '../../../renderer/api/bridge-transport.js';
import { ApiError, createClient, type Client } from '../../../renderer/api/client.js';
import { preloadTransport } from '../../../renderer/api/preload-transport.js';
import { pickTransport, type Transport } from '../../../renderer/api/transport.js';
import { pngBytes, pngHash, tempProject } from './sample-project.js';

const recent = [{ path: '/p/Proef.bundel', name: 'Proef', openedAt: '2026-03-15T10:00:00.000Z' }];

/** The client over the real handlers, in process: only the transport differs from the app. */
function inProcess(project: ReturnType<typeof tempProject>): Client {
  const dispatch = createDispatcher({
    handlers: createHandlers(project.store, { language: new Language('nl'), recent: () => recent }),
    language: new Language('nl'),
    log: { warn: vi.fn(), error: vi.fn() },
  });
  return createClient({ invoke: dispatch, imageUrl: (hash) => `test:${hash}`, onCommand: () => () => undefined });
}

describe('the typed client over the real handlers', () => {
  let project: ReturnType<typeof tempProject>;
  let client: Client;
  beforeEach(() => {
    project = tempProject();
    client = inProcess(project);
  });
  afterEach(() => project.dispose());

  it('has a method for every channel', () => {
    for (const channel of channels) {
      const [group, method] = channel.split('.');
      const target = method ? (client as unknown as Record<string, Record<string, unknown>>)[group!]?.[method] : client[channel as 'search'];
      expect(typeof target, channel).toBe('function');
    }
  });

  it('types each method by its channel', () => {
    // Never called: only the type checker looks at these lines.
    void (() => {
      // @ts-expect-error get needs an id
      void client.workgroups.get();
      // @ts-expect-error a workgroup is not a chapter
      void client.chapters.put({ id: 'x', name: 'y', theme: '', description: '' });
      // @ts-expect-error there is no such channel
      void client.workgroups.drop({ id: 'x' });
    });
    expect(typeof client.call).toBe('function');
  });

  it('tells about the project', async () => {
    expect(await client.project.info()).toEqual({
      path: project.file,
      name: 'Proef',
      readOnly: false,
      counts: { workgroups: 1, sessions: 1, contributors: 1, material: 1, chapters: 1, visuals: 1, threads: 1 },
    });
    expect((await client.project.check()).ok).toBe(true);
    expect(await client.app.recent()).toEqual(recent);
    expect(await client.app.locale()).toEqual({ locale: 'nl' });
  });

  it('reads and writes records, absent ones as null', async () => {
    const publication = await client.publication.get();
    expect((await client.publication.put({ ...publication, subtitle: 'Verhalen uit de praktijk' })).subtitle).toBe('Verhalen uit de praktijk');
    await client.workgroups.put({ id: 'wg2', name: 'Werkgroep Wonen', theme: '', description: '' });
    expect((await client.workgroups.list()).map((w) => w.id).sort()).toEqual(['wg1', 'wg2']);
    expect(await client.workgroups.delete({ id: 'wg2' })).toBeNull();
    expect(await client.workgroups.get({ id: 'wg2' })).toBeNull();
    expect((await client.sessions.get({ id: 's1' }))?.place).toBe('Gorinchem');
    expect((await client.contributors.list())[0]?.role).toBe('informalCarer');
  });

  it('shows material with where it is used', async () => {
    const [summary] = await client.material.summaries();
    expect(summary).toMatchObject({ id: 'm1', kind: 'story', usedIn: ['ch1'] });
    expect(await client.material.whereUsed({ id: 'm1' })).toEqual([{ id: 'ch1', title: 'Samen zorgen' }]);
    const item = await client.material.get({ id: 'm1' });
    expect(item?.kind === 'story' && item.narration).toBe('firstPerson');
  });

  it('orders chapters and keeps versions', async () => {
    const first = await client.chapters.get({ id: 'ch1' });
    if (!first) throw new Error('ch1 missing');
    await client.chapters.put({ ...first, id: 'ch2', title: 'Slotwoord', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    await client.chapters.reorder({ ids: ['ch2', 'ch1'] });
    expect((await client.chapters.summaries()).map((c) => c.id)).toEqual(['ch2', 'ch1']);

    const snapshot = await client.snapshots.take({ chapterId: 'ch1', label: 'Voor de review' });
    await client.chapters.put({ ...first, title: 'Anders' });
    expect((await client.snapshots.restore({ snapshotId: snapshot.id })).title).toBe('Samen zorgen');
    expect((await client.snapshots.list({ chapterId: 'ch1' })).length).toBeGreaterThanOrEqual(2);
  });

  it('stores an image sent as base64 under its content hash', async () => {
    const bytes = new Uint8Array([...pngBytes, 1, 2, 3]);
    const { hash } = await client.images.put({ bytes: bytesToBase64(bytes), mime: 'image/png' });
    expect(hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(project.store.images.get(hash)?.bytes).toEqual(bytes);
    expect(client.imageUrl(pngHash)).toBe(`test:${pngHash}`);
  });

  it('finds threads and text', async () => {
    const [thread] = await client.threads.forChapter({ chapterId: 'ch1' });
    expect(thread?.comments[0]?.text).toBe('Welke wijk?');
    await client.threads.put({ ...thread!, resolved: true });
    expect((await client.threads.forChapter({ chapterId: 'ch1' }))[0]?.resolved).toBe(true);
    const hits = await client.search({ query: 'keukentafel' });
    expect(hits.map((h) => h.id)).toContain('ch1');
  });

  it('throws an ApiError with the Dutch sentence when refused', async () => {
    const error = await client.visuals.delete({ id: 'bestaatniet' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'notFound', message: expect.stringContaining('bestaat niet (meer)') });
  });
});

describe('createClient over a transport that misbehaves', () => {
  const transport = (invoke: Transport['invoke']): Transport => ({ invoke, imageUrl: (h) => h, onCommand: () => () => undefined });

  it('turns a broken transport into an "unexpected" ApiError', async () => {
    const client = createClient(transport(() => Promise.reject(new Error('socket hang up'))));
    await expect(client.workgroups.list()).rejects.toMatchObject({ code: 'unexpected', params: { channel: 'workgroups.list' } });
  });

  it('refuses an answer that is not an envelope', async () => {
    const client = createClient(transport(() => Promise.resolve({ value: [] })));
    await expect(client.workgroups.list()).rejects.toBeInstanceOf(ApiError);
  });

  it('sends {} for channels without input', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: [] }));
    await createClient(transport(invoke)).workgroups.list();
    expect(invoke).toHaveBeenCalledWith('workgroups.list', {});
  });

  it('sends a null argument as null: the Export dialog closing', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: null }));
    await createClient(transport(invoke)).export.prepare(null);
    expect(invoke).toHaveBeenCalledWith('export.prepare', null);
  });
});

describe('transports', () => {
  it('the preload transport calls window.bundel and uses the image protocol', async () => {
    const api: PreloadApi = { invoke: vi.fn(() => Promise.resolve('answer')), onCommand: vi.fn(() => () => undefined) };
    const t = preloadTransport(api);
    expect(await t.invoke('search', { query: 'x' })).toBe('answer');
    expect(api.invoke).toHaveBeenCalledWith('search', { query: 'x' });
    expect(t.imageUrl(pngHash)).toBe(`bundel://image/${pngHash}`);
  });

  it('the bridge transport posts JSON with the token header', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ ok: true, value: null }))));
    const t = bridgeTransport({ baseUrl: 'http://127.0.0.1:5000/', token: 'geheim', fetch });
    expect(await t.invoke('workgroups.delete', { id: 'wg1' })).toEqual({ ok: true, value: null });
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:5000/ipc', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bundel-token': 'geheim' },
      body: JSON.stringify({ channel: 'workgroups.delete', payload: { id: 'wg1' } }),
    });
    expect(t.imageUrl(pngHash)).toBe(`http://127.0.0.1:5000/image/${pngHash}`);
  });

  it('the preload when it is there, else the bridge with the token from the address', async () => {
    const api: PreloadApi = { invoke: vi.fn(() => Promise.resolve(null)), onCommand: () => () => undefined };
    const withPreload = { bundel: api, location: new URL('bundel://app/index.html') } as unknown as Window;
    expect(pickTransport(withPreload).imageUrl('h')).toBe('bundel://image/h');

    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
    const inBrowser = { location: new URL('http://127.0.0.1:5123/?token=abc') } as unknown as Window;
    const bridge = pickTransport(inBrowser);
    expect(bridge.imageUrl('h')).toBe('http://127.0.0.1:5123/image/h');
    await bridge.invoke('app.locale', {});
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:5123/ipc', expect.objectContaining({ headers: expect.objectContaining({ 'x-bundel-token': 'abc' }) }));
    fetch.mockRestore();
  });
});

describe('bytesToBase64', () => {
  it('matches Node for sizes across its chunk boundary', () => {
    for (const size of [0, 1, 2, 3, 0x8000, 0x8001, 100_000]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
