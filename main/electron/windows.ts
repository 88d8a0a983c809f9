/**
 * One window per open project. The window owns its store and its dispatcher:
 * an IPC call is answered with the project of the window that sent it, and
 * closing the window closes the file (everything was saved as it was made).
 */
import { BrowserWindow, screen } from 'electron';
import path from 'node:path';
import { transportNames, type ExportSettings } from '../ipc/contract.js';
import { createDispatcher, type Dispatch } from '../ipc/dispatch.js';
import type { Logger } from '../ipc/errors.js';
import { ExportJobs } from '../export/jobs/jobs.js';
import { createHandlers, type AppServices } from '../ipc/handlers.js';
import { askExportTarget, askReviewCopyTarget } from './dialogs.js';
import { message } from '../model/index.js';
import type { ProjectStore, StoredImage } from '../store/types.js';
import { showFile } from './show-file.js';
import { secureWebPreferences } from './web-preferences.js';
import { placeWindow, type WindowState } from './window-state.js';

export interface OpenProject {
  window: BrowserWindow;
  store: ProjectStore;
  dispatch: Dispatch;
}

export interface WindowsOptions {
  preload: string;
  /** The built export worker (dist/main/export-worker.cjs). */
  exportWorker: string;
  devTools: boolean;
  log: Logger;
  app: AppServices;
  /** Where the last window was; updated when a window closes. */
  lastPlace(): WindowState | null;
  rememberPlace(state: WindowState): void;
}

export class ProjectWindows {
  /** By web contents id, which is what an IPC event names. */
  private readonly projects = new Map<number, OpenProject>();

  constructor(private readonly options: WindowsOptions) {}

  forSender(webContentsId: number): OpenProject | undefined {
    return this.projects.get(webContentsId);
  }

  forFile(file: string): OpenProject | undefined {
    return [...this.projects.values()].find((p) => path.resolve(p.store.path) === path.resolve(file));
  }

  focused(): OpenProject | undefined {
    const window = BrowserWindow.getFocusedWindow();
    return window ? this.forSender(window.webContents.id) : undefined;
  }

  /** Brings a project window forward, when there is one: what starting Bundel a second time does. */
  showAny(): void {
    const window = [...this.projects.values()][0]?.window;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  get count(): number {
    return this.projects.size;
  }

  /** Every project window. */
  all(): BrowserWindow[] {
    return [...this.projects.values()].map((p) => p.window);
  }

  /** The windows' titles in the app's language of the moment (a read-only file says so in it). */
  retitle(): void {
    for (const { window, store } of this.projects.values()) window.setTitle(this.titleOf(store));
  }

  /** Images are stored by content hash: the same hash is the same bytes in whichever open project has it. */
  image(hash: string): StoredImage | undefined {
    for (const { store } of this.projects.values()) {
      const image = store.images.get(hash);
      if (image) return image;
    }
    return undefined;
  }

  open(store: ProjectStore): OpenProject {
    const { options } = this;
    const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
    const place = placeWindow(options.lastPlace(), workAreas, this.projects.size);
    const window = new BrowserWindow({
      x: place.x,
      y: place.y,
      width: place.width,
      height: place.height,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: this.titleOf(store),
      webPreferences: secureWebPreferences(options.preload, { devTools: options.devTools }),
    });
    if (process.platform === 'darwin') window.setRepresentedFilename(store.path);
    // The window shows the project's name, whatever the page calls itself.
    window.on('page-title-updated', (event) => event.preventDefault());
    // Every change is stored as it is made, so closing never asks, not even when the page would like to.
    window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
    window.once('ready-to-show', () => {
      if (place.maximized) window.maximize();
      window.show();
    });

    const id = window.webContents.id;
    const jobs = new ExportJobs(options.exportWorker);
    const exports = {
      jobs,
      chooseTarget: (format: ExportSettings['format'], suggested: string) => askExportTarget(window, options.app.language.current, format, suggested),
      show: showFile,
    };
    const reviewCopies = { chooseCopyTarget: (suggested: string) => askReviewCopyTarget(window, options.app.language.current, suggested) };
    const handlers = createHandlers(store, { ...options.app, exports, reviewCopies });
    const project: OpenProject = { window, store, dispatch: createDispatcher({ handlers, language: options.app.language, log: options.log }) };
    this.projects.set(id, project);
    window.on('close', () => {
      options.rememberPlace({ ...window.getNormalBounds(), maximized: window.isMaximized() });
    });
    window.on('closed', () => {
      this.projects.delete(id);
      // A running export holds a copy of the data, not the file: end it, then close.
      void jobs.close().finally(() => store.close());
    });

    window.loadURL(`${transportNames.appOrigin}/index.html`).catch((error: unknown) => options.log.error(`could not load the renderer for ${store.path}`, error));
    return project;
  }

  private titleOf(store: ProjectStore): string {
    const name = path.basename(store.path, path.extname(store.path));
    return store.readOnly ? message(this.options.app.language.current, 'window.readOnly', { name }) : name;
  }
}
