/**
 * What the renderer may navigate to: nothing but the app's own pages. Links
 * the user follows to the web are opened in the system browser instead, after
 * the external-link check; new windows are never created by the renderer.
 */
import { transportNames } from '../ipc/contract.js';
import { isSafeExternalUrl } from './external-links.js';

const app = new URL(transportNames.appOrigin);

/** Compared part by part: for a custom scheme, WHATWG URL (in Node) reports no origin. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === app.protocol && url.host === app.host && url.username === '' && url.password === '';
}

export interface NavigationDecision {
  allow: boolean;
  /** When refused: whether to hand the address to the system instead. */
  openExternally: boolean;
}

/** For `will-navigate` and `will-redirect`: stay on the app's origin. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: isSafeExternalUrl(url) };
}

/** For `setWindowOpenHandler` (window.open, target=_blank, middle click): never a new window. */
export function decideWindowOpen(url: string): NavigationDecision {
  return { allow: false, openExternally: isSafeExternalUrl(url) };
}
