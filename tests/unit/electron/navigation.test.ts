import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../main/electron/external-links.js';
import { decideNavigation, decideWindowOpen, isAppUrl } from '../../../main/electron/navigation.js';

/** url, may navigate, may open externally */
const table: [string, boolean, boolean][] = [
  ['bundel://app/index.html', true, false],
  ['bundel://app/hoofdstukken/3', true, false],
  ['bundel://app/', true, false],
  ['bundel://image/' + 'a'.repeat(64), false, false],
  ['bundel://evil/index.html', false, false],
  ['https://www.werkplaatssociaaldomein.nl/', false, true],
  ['http://example.org/pagina?x=1', false, true],
  ['mailto:redactie@example.org', false, true],
  ['file:///etc/passwd', false, false],
  ['file://C:/Windows/system32/calc.exe', false, false],
  ['javascript:alert(1)', false, false],
  ['data:text/html,<script>alert(1)</script>', false, false],
  ['blob:bundel://app/0f0e', false, false],
  ['ms-msdt:/id PCWDiagnostic', false, false],
  ['smb://server/share', false, false],
  ['vscode://file/etc/passwd', false, false],
  ['about:blank', false, false],
  ['chrome://settings', false, false],
  ['http://localhost:3000/', false, false],
  ['http://127.0.0.1:8080/admin', false, false],
  ['http://[::1]/', false, false],
  ['https://user:secret@example.org/', false, false],
  ['https://bundel.app@evil.example/', false, false],
  ['not a url', false, false],
  ['', false, false],
];

describe('navigation', () => {
  it.each(table)('%s: navigate %s, external %s', (url, navigate, external) => {
    expect(decideNavigation(url)).toEqual({ allow: navigate, openExternally: navigate ? false : external });
  });
});

describe('window open', () => {
  it.each(table)('%s: never a window; external %s', (url, _navigate, external) => {
    expect(decideWindowOpen(url)).toEqual({ allow: false, openExternally: external });
  });
});

describe('isSafeExternalUrl', () => {
  it.each(table.map(([url, , external]) => [url, external] as const))('%s → %s', (url, external) => {
    expect(isSafeExternalUrl(url)).toBe(external);
  });

  it('refuses absurdly long addresses', () => {
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('compares whole origins, not prefixes', () => {
    expect(isAppUrl('bundel://app/x')).toBe(true);
    expect(isAppUrl('bundel://application/x')).toBe(false);
    expect(isAppUrl('bundel://app.evil/x')).toBe(false);
    expect(isAppUrl('https://app/x')).toBe(false);
  });
});
