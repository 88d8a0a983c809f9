import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../main/electron/web-preferences.js';
import { bundleScript } from '../../support/bundle.js';
import { tempProject } from '../ipc/sample-project.js';

// The shell as built (by the tests' global setup), run against a recording fake of Electron.
const mainBundle = path.resolve('dist/main/electron.cjs');

describe('the Electron main process, run against a fake Electron', () => {
  let report: Record<string, unknown>;
  let userData: string;
  let other: ReturnType<typeof tempProject>;
  let harness: string;
  const run = (): Record<string, unknown> => {
    const env = { ...process.env, BUNDEL_LANG: '' };
    return JSON.parse(execFileSync(process.execPath, [harness, mainBundle, userData, other.file], { encoding: 'utf8', timeout: 60_000, env })) as Record<string, unknown>;
  };

  beforeAll(async () => {
    harness = await bundleScript('tests/unit/electron/shell/run-main.ts');
    userData = mkdtempSync(path.join(tmpdir(), 'bundel-userdata-'));
    other = tempProject();
    report = run();
  });
  afterAll(() => {
    other.dispose();
    rmSync(userData, { recursive: true, force: true });
  });

  it('registers bundel: as a standard, secure scheme before anything loads', () => {
    expect(report.schemes).toEqual([
      { scheme: 'bundel', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it("starts Chromium in the UI's language, so its own controls (a date field's order) speak it", () => {
    expect(report.switches).toEqual({ lang: 'nl-NL' });
  });

  it('opens a working copy of the demo when started without a project', () => {
    expect(report.demoExists).toBe(true);
    expect(report.window).toEqual({
      url: 'bundel://app/index.html',
      title: 'Voorbeeldbundel',
      webPreferences: secureWebPreferences(path.join(path.dirname(mainBundle), 'preload.cjs'), { devTools: true }),
    });
    expect(report.info).toMatchObject({ name: 'Voorbeeldbundel', readOnly: false });
  });

  it("answers only its own window's main frame on the app origin", () => {
    expect(report.untrusted).toEqual({ otherOrigin: 'forbidden', subframe: 'forbidden', noFrame: 'forbidden', otherContents: 'forbidden' });
    expect(report.unknownChannel).toBe('unknownChannel');
    expect(report.badPayload).toBe('invalidPayload');
  });

  it('serves project images through its protocol, and nothing outside the renderer', () => {
    const image = report.image as { mime: string };
    expect(image.mime).toMatch(/^image\//);
    expect(image).toEqual({ status: 200, type: image.mime, mime: image.mime, csp: expect.stringContaining('sandbox') });
    expect(report.missingStatus).toEqual([404, 404]);
  });

  it('blocks navigation and new windows, sends web links to the browser, denies permissions and remote requests', () => {
    expect(report.navigationPrevented).toEqual({ app: false, web: true, file: true });
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.openedExternally).toEqual(['https://example.org/', 'https://example.org/nieuw']);
    expect(report.permission).toBe(false);
    expect(report.cancelRemote).toBe(true);
  });

  it('has the Dutch menu', () => {
    expect(report.menu).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('switches menu, messages and every window to English when the UI does, and starts in English next time', () => {
    expect(report.language).toEqual({
      answer: { locale: 'en' },
      menu: ['File', 'Edit', 'View', 'Help'],
      told: [['language'], ['language']],
      unknownChannel: 'Bundel does not know the command store.close; nothing was changed.',
      titles: ['Voorbeeldbundel', 'Proef'],
      file: { locale: 'en' },
    });
    const next = run();
    expect(next.switches).toEqual({ lang: 'en-GB' });
    expect(next.menu).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('opens a project named by a second start once, in its own window', () => {
    expect(report.windowsAfterSecondInstance).toBe(2);
    expect(report.secondTitle).toBe('Proef');
  });

  it('closes the file with its window and remembers place and recent projects', () => {
    expect(report.closedStoreAnswers).toBe('forbidden');
    expect(report.windowState).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(report.recent).toEqual(['Proef', 'Voorbeeldbundel']);
  });
});
