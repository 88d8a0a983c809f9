import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBridge, type Bridge } from '../../../main/web/server.js';
import { bridgeTransport } from '../../../renderer/api/bridge-transport.js';
import { createClient } from '../../../renderer/api/client.js';
import { pngBytes, pngHash, tempProject } from '../../unit/ipc/sample-project.js';

let project: ReturnType<typeof tempProject>;
let bridge: Bridge;
let rendererRoot: string;
const log = { warn: vi.fn(), error: vi.fn() };

beforeAll(async () => {
  project = tempProject();
  rendererRoot = mkdtempSync(path.join(tmpdir(), 'bundel-renderer-'));
  mkdirSync(path.join(rendererRoot, 'assets'));
  writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><html><head><title>Bundel</title></head><body><div id="root"></div></body></html>');
  writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'document.title = "Bundel";');
  bridge = await startBridge({ store: project.store, rendererRoot, log });
});

afterAll(async () => {
  await bridge.close();
  project.dispose();
  rmSync(rendererRoot, { recursive: true, force: true });
});

/** A raw request, so that headers (Host above all) are exactly what the test says. */
function request(
  method: string,
  pathname: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = (r: { body: Buffer }): unknown => JSON.parse(r.body.toString('utf8'));
const call = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  request('POST', '/ipc', { 'content-type': 'application/json', 'x-bundel-token': bridge.token, ...headers }, JSON.stringify({ channel, payload }));

describe('the bridge address', () => {
  it('is loopback with a long random token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(bridge.url).toContain(bridge.token);
  });

  it('cannot be reached on any other address of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal)
      .map((i) => i!.address);
    for (const address of ['::1', ...others]) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: bridge.port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached, address).toBe(false);
    }
  });
});

describe('the token', () => {
  it('is required: 401 without it', async () => {
    const answer = await request('POST', '/ipc', { 'content-type': 'application/json' }, JSON.stringify({ channel: 'project.info', payload: {} }));
    expect(answer.status).toBe(401);
    expect(json(answer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await request('GET', '/')).status).toBe(401);
    expect((await request('GET', `/image/${pngHash}`)).status).toBe(401);
  });

  it('must be right: 403 with a wrong one', async () => {
    expect((await call('project.info', {}, { 'x-bundel-token': 'x'.repeat(43) })).status).toBe(403);
    expect((await call('project.info', {}, { 'x-bundel-token': bridge.token.slice(1) })).status).toBe(403);
    expect((await request('GET', '/?token=wrong')).status).toBe(403);
  });

  it('must come in the header for calls: query and cookie do not admit them', async () => {
    const body = JSON.stringify({ channel: 'project.info', payload: {} });
    const viaQuery = await request('POST', `/ipc?token=${bridge.token}`, { 'content-type': 'application/json' }, body);
    expect(viaQuery.status).toBe(401);
    const viaCookie = await request('POST', '/ipc', { 'content-type': 'application/json', cookie: `bundel-token-${bridge.port}=${bridge.token}` }, body);
    expect(viaCookie.status).toBe(401);
  });

  it('does not help a foreign Host (DNS rebinding) or a foreign Origin', async () => {
    expect((await call('project.info', {}, { host: `evil.example:${bridge.port}` })).status).toBe(403);
    expect((await call('project.info', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('project.info', {}, { origin: bridge.origin })).status).toBe(200);
  });
});

describe('calls over HTTP', () => {
  it('answer with the real store', async () => {
    const answer = await call('project.info', {});
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatchObject({ ok: true, value: { name: 'Proef', readOnly: false, counts: { chapters: 1 } } });
    const hits = await call('search', { query: 'keukentafel' });
    expect(json(hits)).toMatchObject({ ok: true, value: [{ type: 'chapter', id: 'ch1' }] });
  });

  it('write through to the file', async () => {
    const workgroup = { id: 'wg9', name: 'Werkgroep Jeugd', theme: '', description: '' };
    expect(json(await call('workgroups.put', workgroup))).toEqual({ ok: true, value: workgroup });
    expect(project.store.workgroups.get('wg9')).toEqual(workgroup);
  });

  it('refuse a bad payload with a validation error', async () => {
    const answer = await call('workgroups.put', { id: 'wg9', name: 42, theme: '', description: '' });
    expect(answer.status).toBe(400);
    expect(json(answer)).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', params: { channel: 'workgroups.put', field: '/name' }, message: 'Naam heeft geen geldige waarde; er is niets gewijzigd.' },
    });
    expect(json(await call('workgroups.list', { extra: 1 }))).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
  });

  it('refuse unknown channels, broken JSON, other shapes and other content types', async () => {
    expect(json(await call('store.close', {}))).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    const headers = { 'content-type': 'application/json', 'x-bundel-token': bridge.token };
    const broken = await request('POST', '/ipc', headers, '{"channel": ');
    expect(broken.status).toBe(400);
    expect(json(broken)).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
    const extra = await request('POST', '/ipc', headers, JSON.stringify({ channel: 'project.info', payload: {}, admin: true }));
    expect(extra.status).toBe(400);
    const form = await request('POST', '/ipc', { ...headers, 'content-type': 'text/plain' }, JSON.stringify({ channel: 'project.info', payload: {} }));
    expect(form.status).toBe(415);
    expect((await request('GET', '/ipc', headers)).status).toBe(405);
    expect((await request('PUT', '/', headers)).status).toBe(405);
  });

  it('carry a store error as the catalogue sentence', async () => {
    expect(json(await call('chapters.delete', { id: 'nope' }))).toMatchObject({
      ok: false,
      error: { code: 'notFound', message: expect.stringContaining('bestaat niet (meer)') },
    });
  });

  it("serve the renderer's typed client", async () => {
    const client = createClient(bridgeTransport({ baseUrl: bridge.origin, token: bridge.token }));
    expect((await client.material.whereUsed({ id: 'm1' }))[0]?.id).toBe('ch1');
    await expect(createClient(bridgeTransport({ baseUrl: bridge.origin, token: 'fout' })).project.info()).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('the renderer and images', () => {
  it('serve the page with the CSP as header and meta tag, and set the cookie for its assets', async () => {
    const page = await request('GET', `/?token=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body.toString()).toContain('<meta http-equiv="Content-Security-Policy"');
    const cookie = page.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const script = await request('GET', '/assets/app.js', { cookie: cookie.split(';')[0]! });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request('GET', '/assets/app.js')).status).toBe(401);
  });

  it('serve a stored image with its type, nosniff and a sandboxing CSP', async () => {
    const image = await request('GET', `/image/${pngHash}`, { 'x-bundel-token': bridge.token });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['content-security-policy']).toContain('sandbox');
    expect(image.headers['content-security-policy']).toContain("default-src 'none'");
    expect(image.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(new Uint8Array(image.body)).toEqual(pngBytes);
  });

  it('answer 404 for unknown images and files, and never leave the build folder', async () => {
    const headers = { 'x-bundel-token': bridge.token };
    expect((await request('GET', `/image/${'0'.repeat(64)}`, headers)).status).toBe(404);
    expect((await request('GET', '/image/%2e%2e%2findex.html', headers)).status).toBe(404);
    expect((await request('GET', '/assets/none.js', headers)).status).toBe(404);
    expect((await request('GET', '/%2e%2e/%2e%2e/etc/passwd.txt', headers)).status).toBe(404);
  });
});
