/**
 * The renderer's web preferences: every switch of Electron's security
 * checklist set explicitly, even where Electron's default already agrees, so
 * that a changed default can never loosen them.
 */
import type { WebPreferences } from 'electron';

/** All project windows share this persistent session: its storage survives restarts; its handlers are set once. */
export const appPartition = 'persist:bundel';

export function secureWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
    partition: appPartition,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // A middle click must not open a link in a new window behind the window-open handler's back.
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    enableWebSQL: false,
    autoplayPolicy: 'document-user-activation-required',
    spellcheck: true,
    devTools: options.devTools,
  };
}
