/**
 * The Electron security checklist applied at run time, each rule coming from
 * a pure module that is unit tested: navigation and new windows refused,
 * external links checked before the system opens them, no webviews, every
 * permission denied, no request from a page to anything but the app's own
 * schemes, the CSP on every response.
 */
import { shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../web/csp.js';
import type { Logger } from '../ipc/errors.js';
import { isSafeExternalUrl } from './external-links.js';
import { decideNavigation, decideWindowOpen } from './navigation.js';
import { allowRequest } from './requests.js';

function openExternally(url: string, log: Logger): void {
  // Checked again right here: this is the one place the app hands a URL to the operating system.
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => log.warn(`could not open ${url}: ${String(error)}`));
}

/** For every web contents the app ever creates (app.on('web-contents-created')). */
export function guardWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openExternally(url, log);
  });
  contents.on('will-redirect', (event, url) => {
    if (!decideNavigation(url).allow) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally) openExternally(url, log);
    return { action: 'deny' };
  });
}

/** Once for the app's session, before any window loads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !allowRequest(details.url, details.webContentsId !== undefined) });
  });
  // The app protocol sends its own policies (the images' stricter one included): keep those, and
  // give any response without a policy the renderer's.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = details.responseHeaders ?? {};
    const hasPolicy = Object.keys(headers).some((name) => name.toLowerCase() === 'content-security-policy');
    if (hasPolicy) callback({ responseHeaders: headers });
    else callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}
