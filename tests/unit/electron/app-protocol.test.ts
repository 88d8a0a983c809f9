import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routeAppRequest } from '../../../main/electron/app-protocol.js';
import { contentTypeFor, readAsset, resolveAsset } from '../../../main/web/assets.js';

const hash = 'ab'.repeat(32);

describe('routeAppRequest', () => {
  it.each([
    ['bundel://app/index.html', 'GET', { kind: 'asset', path: '/index.html' }],
    ['bundel://app/', 'GET', { kind: 'asset', path: '/' }],
    ['bundel://app/assets/x.js', 'HEAD', { kind: 'asset', path: '/assets/x.js' }],
    [`bundel://image/${hash}`, 'GET', { kind: 'image', hash }],
    [`bundel://image/${hash.toUpperCase()}`, 'GET', { kind: 'notFound' }],
    [`bundel://image/${hash}?x=1`, 'GET', { kind: 'notFound' }],
    ['bundel://image/../app/index.html', 'GET', { kind: 'notFound' }],
    ['bundel://image/abc', 'GET', { kind: 'notFound' }],
    ['bundel://app/index.html', 'POST', { kind: 'notFound' }],
    ['bundel://other/index.html', 'GET', { kind: 'notFound' }],
    ['bundel://user:pw@app/index.html', 'GET', { kind: 'notFound' }],
    ['bundel://app:8080/index.html', 'GET', { kind: 'notFound' }],
    ['https://app/index.html', 'GET', { kind: 'notFound' }],
    ['::', 'GET', { kind: 'notFound' }],
  ])('%s %s', (url, method, route) => {
    expect(routeAppRequest(url, method)).toEqual(route);
  });
});

describe('renderer assets', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'bundel-assets-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(root, 'fonts.d'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head><title>Bundel</title></head><body></body></html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'geheim');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('resolves inside the build folder only', () => {
    expect(resolveAsset(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAsset(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAsset(root, '/hoofdstukken/3')).toBe(path.join(root, 'index.html'));
    for (const bad of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/a%5c..%5csecret.txt', '/x%00.js', '/%E0%A4%A']) {
      expect(resolveAsset(root, bad), bad).toBeNull();
    }
  });

  it('serves the page with the CSP meta tag and files with their type', async () => {
    const page = await readAsset(root, '/');
    expect(page?.contentType).toBe('text/html; charset=utf-8');
    expect(page?.body.toString()).toContain('<meta http-equiv="Content-Security-Policy"');
    const script = await readAsset(root, '/assets/app.js');
    expect(script?.contentType).toBe('text/javascript; charset=utf-8');
    expect(script?.body.toString()).toBe('console.log(1)');
  });

  it('refuses links out of the build folder and missing files', async () => {
    expect(await readAsset(root, '/assets/link.txt')).toBeNull();
    expect(await readAsset(root, '/assets/none.js')).toBeNull();
    expect(await readAsset(root, '/fonts.d')).toBeNull();
  });

  it('knows the types a renderer build has', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });
});
