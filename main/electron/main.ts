/**
 * The Electron main process: a thin shell around the services in main/. It
 * keeps one instance, opens a window per project (the demo's working copy
 * when started without one), builds the menu in the app's language (Dutch
 * unless the user chose English) and applies the security checklist
 * (security.ts, protocol.ts, ipc.ts) before any page loads.
 */
import { app, session } from 'electron';
import path from 'node:path';
import type { MenuCommand } from '../ipc/contract.js';
import { consoleLogger } from '../ipc/errors.js';
import { showAbout } from './dialogs.js';
import { answerInvokes, sendCommand } from './ipc.js';
import { readJson, writeJson } from './json-file.js';
import { chromiumLanguage, loadLanguage } from './language-file.js';
import { installMenu } from './menu.js';
import { bundelPathsFromArgv } from './open-paths.js';
import { Projects } from './projects.js';
import { registerAppScheme, serveAppProtocol } from './protocol.js';
import { RecentFile } from './recent-file.js';
import { guardWebContents, hardenSession } from './security.js';
import { appPartition } from './web-preferences.js';
import { WindowState } from './window-state.js';
import { ProjectWindows } from './windows.js';

const log = consoleLogger;
// Dutch unless the user chose English (the View menu, the UI's switch) or BUNDEL_LANG says otherwise.
const language = loadLanguage(app.getPath('userData'), process.env, log);
// The build puts this file, the preload and the renderer together under dist/.
const preload = path.join(__dirname, 'preload.cjs');
const exportWorker = path.join(__dirname, 'export-worker.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');

registerAppScheme();
app.enableSandbox();
// Chromium's own controls (a date field's day-month order, a file field, a text field's menu)
// speak the UI's language, also on a system set to another one; a change takes effect at the next start.
app.commandLine.appendSwitch('lang', chromiumLanguage(language.current));

if (!app.requestSingleInstanceLock()) {
  // Another Bundel runs: it receives our arguments in 'second-instance' and opens them.
  app.quit();
} else {
  // Files named before the app is ready (command line, macOS open-file) wait here.
  const pending = bundelPathsFromArgv(process.argv, process.cwd());
  let projects: Projects | undefined;

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (projects) void projects.open(file);
    else pending.push(file);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      const started = await start();
      projects = started.projects;
      const openOrShow = (files: string[]): Promise<void> =>
        files.length === 0 && started.windows.count === 0 ? started.projects.openDemo() : openAll(started.projects, files);
      app.on('second-instance', (_event, argv, workingDirectory) => {
        const files = bundelPathsFromArgv(argv, workingDirectory);
        if (files.length === 0) started.windows.showAny();
        void openOrShow(files);
      });
      app.on('activate', () => void openOrShow([]));
      await openOrShow(pending.splice(0));
    })
    .catch((error: unknown) => {
      log.error('Bundel could not start', error);
      app.exit(1);
    });
}

async function openAll(projects: Projects, files: string[]): Promise<void> {
  for (const file of files) await projects.open(file);
}

async function start(): Promise<{ projects: Projects; windows: ProjectWindows }> {
  const userData = app.getPath('userData');
  const placeFile = path.join(userData, 'window-state.json');
  let lastPlace = await readJson(placeFile, WindowState.nullable(), null, log);
  const recent = await RecentFile.load(userData, log);

  const windows = new ProjectWindows({
    preload,
    exportWorker,
    devTools: !app.isPackaged,
    log,
    app: { language, recent: () => recent.entries() },
    lastPlace: () => lastPlace,
    rememberPlace: (state) => {
      lastPlace = state;
      writeJson(placeFile, state).catch((error: unknown) => log.warn(`could not save ${placeFile}: ${String(error)}`));
    },
  });

  const appSession = session.fromPartition(appPartition);
  // The default session serves no page of ours; hardened all the same, should anything ever load there.
  hardenSession(session.defaultSession);
  hardenSession(appSession);
  serveAppProtocol(appSession, { rendererRoot, image: (hash) => windows.image(hash) });
  answerInvokes(windows, language, log);

  const menu = (): void =>
    installMenu({
      locale: language.current,
      recent: recent.entries(),
      platform: process.platform,
      devTools: !app.isPackaged,
      actions: {
        newProject: () => void projects.askAndCreate(),
        openProject: () => void projects.askAndOpen(),
        openRecent: (file) => void projects.open(file),
        clearRecent: () => void recent.clear().then(menu),
        saveCopy: () => void projects.saveCopy(),
        exportProject: () => focusedCommand('export'),
        // The UI asks the reviewer's name and shows the import's result: the menu only opens its dialogs.
        reviewCopy: () => focusedCommand('reviewCopy'),
        reviewImport: () => focusedCommand('reviewImport'),
        closeWindow: () => windows.focused()?.window.close(),
        find: () => focusedCommand('find'),
        about: () => void showAbout(windows.focused()?.window, language.current),
        setLanguage: (locale) => language.set(locale),
      },
    });
  const focusedCommand = (command: MenuCommand): void => {
    const project = windows.focused();
    if (project) sendCommand(project.window, command);
  };
  const projects = new Projects(windows, recent, language, log, menu);
  // However it changed (the menu, a window's switch), the menu and every window follow.
  language.onChange(() => {
    menu();
    windows.retitle();
    for (const window of windows.all()) sendCommand(window, 'language');
  });
  menu();
  return { projects, windows };
}
