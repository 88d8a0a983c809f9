import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  imageContentSecurityPolicy,
  metaContentSecurityPolicy,
  withCspMeta,
} from '../../../main/web/csp.js';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const policy = parse(contentSecurityPolicy);

  it("defaults to the app's own origin", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('runs only the app’s own scripts: no eval, no inline, no remote', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline|unsafe-hashes|strict-dynamic/);
  });

  it('names no remote source and no wildcard anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(https?:|wss?:|ftp:|file:|\*)|\*|\.[a-z]{2,}(:\d+)?(\/|$)/i);
        expect(["'self'", "'none'", 'bundel:', 'blob:', 'data:'], `${name} ${source}`).toContain(source);
      }
    }
  });

  it('allows data: only for images and fonts, never for scripts, styles or connections', () => {
    for (const [name, sources] of policy) {
      if (sources.includes('data:') || sources.includes('blob:')) expect(['img-src', 'font-src']).toContain(name);
    }
  });

  it('shuts plugins, frames, forms and base rewriting', () => {
    for (const name of ['object-src', 'frame-src', 'child-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('leaves the header-only directive out of the meta variant and keeps the rest', () => {
    const meta = parse(metaContentSecurityPolicy);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.size).toBe(policy.size - 1);
    expect(meta.get('script-src')).toEqual(["'self'"]);
  });

  it('puts the meta tag first in <head>, or first in a document without one', () => {
    const page = '<!doctype html><html><head lang="nl"><title>x</title><script src="/a.js"></script></head></html>';
    const out = withCspMeta(page);
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(out.indexOf('<head lang="nl">'));
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${metaContentSecurityPolicy}"`);
    expect(withCspMeta('<p>x</p>').startsWith('<meta http-equiv="Content-Security-Policy"')).toBe(true);
  });

  it('runs nothing in an image opened as a document', () => {
    const image = parse(imageContentSecurityPolicy);
    expect(image.get('default-src')).toEqual(["'none'"]);
    expect(image.has('sandbox')).toBe(true);
    expect(image.has('script-src')).toBe(false);
  });
});
