import { describe, expect, it } from 'vitest';
import { appPartition, secureWebPreferences } from '../../../main/electron/web-preferences.js';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/dist/main/preload.cjs', { devTools: false });

  it('isolates the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps the web platform strict', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('switches off middle-click (auxclick) opening of links', () => {
    expect(prefs.disableBlinkFeatures?.split(',')).toContain('Auxclick');
  });

  it('loads the given preload in the app partition', () => {
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
    expect(prefs.partition).toBe(appPartition);
    expect(appPartition.startsWith('persist:')).toBe(true);
  });

  it('offers developer tools only when asked', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});
