/**
 * Whether an IPC message may be answered: only the main frame of a page on
 * the app's own origin speaks for the project. A frame that navigated away,
 * an injected iframe or a page from anywhere else is refused.
 */
import { isAppUrl } from './navigation.js';

export interface SenderFrame {
  url: string;
  /** True when the frame has no parent. */
  isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.isMainFrame && isAppUrl(frame.url);
}
