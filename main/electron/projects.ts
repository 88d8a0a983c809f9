/**
 * What the File menu and the operating system ask of the app: open a
 * project (from a dialog, the recent list, a double-click), make a new one,
 * save a copy, open the demo. A project that cannot be opened gets the
 * catalogue's sentence in a dialog; the file itself is never changed.
 */
import { app, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { toIpcError, type Logger } from '../ipc/errors.js';
import { demoProject } from '../demo/index.js';
import type { Language } from '../ipc/language.js';
import { emptyProject, isUserError, message } from '../model/index.js';
import { createProject, openProject, type ProjectStore } from '../store/index.js';
import { askProjectToOpen, askProjectToSave, showError } from './dialogs.js';
import type { RecentFile } from './recent-file.js';
import type { ProjectWindows } from './windows.js';

/** The demo's working copy in the user data folder: the user may change it freely. */
const demoFileName = 'Voorbeeldbundel.bundel';

export class Projects {
  constructor(
    private readonly windows: ProjectWindows,
    private readonly recent: RecentFile,
    private readonly language: Language,
    private readonly log: Logger,
    /** Called when the recent list changed, to rebuild the menu. */
    private readonly onRecentChanged: () => void,
  ) {}

  /** Opens `file` in a window, or brings its window forward when it is open already. */
  async open(file: string): Promise<void> {
    const existing = this.windows.forFile(file);
    if (existing) {
      if (existing.window.isMinimized()) existing.window.restore();
      existing.window.focus();
      return;
    }
    try {
      this.show(openProject(file));
    } catch (error) {
      await this.fail(error, 'project.open');
      if (isUserError(error) && error.code === 'fileNotFound') {
        await this.recent.forget(file);
        this.onRecentChanged();
      }
      return;
    }
    await this.remember(file);
  }

  async askAndOpen(): Promise<void> {
    const file = await askProjectToOpen(this.parent(), this.language.current);
    if (file) await this.open(file);
  }

  async askAndCreate(): Promise<void> {
    const title = message(this.language.current, 'project.newTitle');
    const file = await askProjectToSave(this.parent(), this.language.current, 'dialog.new.title', title);
    if (!file) return;
    try {
      this.show(createProject(file, emptyProject(title)));
    } catch (error) {
      await this.fail(error, 'project.new');
      return;
    }
    await this.remember(file);
  }

  /** Writes every record of the focused project into a new file; the window stays with the original. */
  async saveCopy(): Promise<void> {
    const project = this.windows.focused();
    if (!project) return;
    const name = path.basename(project.store.path, path.extname(project.store.path));
    const file = await askProjectToSave(project.window, this.language.current, 'dialog.saveCopy.title', name);
    if (!file) return;
    try {
      createProject(file, project.store.exportData()).close();
    } catch (error) {
      await this.fail(error, 'project.saveCopy');
      return;
    }
    await this.remember(file);
  }

  /** Started without a project: the demo's working copy, made from the demo the first time. */
  async openDemo(): Promise<void> {
    const file = path.join(app.getPath('userData'), demoFileName);
    try {
      if (!existsSync(file)) createProject(file, demoProject()).close();
    } catch (error) {
      // Made meanwhile by a second start: the copy is there, open it.
      if (!(isUserError(error) && error.code === 'fileExists')) {
        await this.fail(error, 'project.demo');
        return;
      }
    }
    await this.open(file);
  }

  private show(store: ProjectStore): void {
    this.windows.open(store);
  }

  private async remember(file: string): Promise<void> {
    app.addRecentDocument(file);
    await this.recent.opened(file);
    this.onRecentChanged();
  }

  private parent(): BrowserWindow | undefined {
    return this.windows.focused()?.window;
  }

  private async fail(error: unknown, action: string): Promise<void> {
    await showError(this.parent(), this.language.current, toIpcError(error, action, this.language.current, this.log).message);
  }
}
