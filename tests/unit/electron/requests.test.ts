import { describe, expect, it } from 'vitest';
import { allowRequest } from '../../../main/electron/requests.js';

describe('allowRequest', () => {
  it.each([
    ['bundel://app/assets/index.js', true],
    ['bundel://image/' + '0'.repeat(64), true],
    ['data:image/png;base64,AAAA', true],
    ['blob:bundel://app/1234', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:9000/', false],
    ['wss://example.org/socket', false],
    ['file:///etc/hosts', false],
    ['ftp://example.org/x', false],
    ['nonsense', false],
  ])('from a page: %s → %s', (url, allowed) => {
    expect(allowRequest(url, true)).toBe(allowed);
  });

  it("lets Chromium's own requests (no page) through", () => {
    expect(allowRequest('https://redirector.gvt1.com/edgedl/chrome/dict/nl-NL-3-0.bdic', false)).toBe(true);
  });
});
