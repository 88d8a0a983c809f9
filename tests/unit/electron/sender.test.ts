import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/electron/sender.js';

describe('isTrustedSender', () => {
  it.each([
    [{ url: 'bundel://app/index.html', isMainFrame: true }, true],
    [{ url: 'bundel://app/hoofdstuk/2#kop', isMainFrame: true }, true],
    [{ url: 'bundel://app/index.html', isMainFrame: false }, false],
    [{ url: 'bundel://image/abc', isMainFrame: true }, false],
    [{ url: 'https://example.org/', isMainFrame: true }, false],
    [{ url: 'file:///home/x/index.html', isMainFrame: true }, false],
    [{ url: 'about:blank', isMainFrame: true }, false],
    [{ url: '', isMainFrame: true }, false],
    [null, false],
    [undefined, false],
  ])('%o → %s', (frame, trusted) => {
    expect(isTrustedSender(frame)).toBe(trusted);
  });
});
