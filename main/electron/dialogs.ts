/** Native dialogs with Dutch titles from the catalogue. */
import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { message, type Locale } from '../model/index.js';
import { withBundelExtension } from './open-paths.js';

function bundelFilter(locale: Locale) {
  return [{ name: message(locale, 'dialog.filter.bundel'), extensions: ['bundel'] }];
}

export async function askProjectToOpen(parent: BrowserWindow | undefined, locale: Locale): Promise<string | null> {
  const options = { title: message(locale, 'dialog.open.title'), properties: ['openFile' as const], filters: bundelFilter(locale) };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A place for a new .bundel file; `suggestedName` without extension. */
export async function askProjectToSave(
  parent: BrowserWindow | undefined,
  locale: Locale,
  title: 'dialog.new.title' | 'dialog.saveCopy.title',
  suggestedName: string,
): Promise<string | null> {
  const options = {
    title: message(locale, title),
    defaultPath: path.join(app.getPath('documents'), `${suggestedName}.bundel`),
    filters: bundelFilter(locale),
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : withBundelExtension(result.filePath);
}

/** Where to write an export (for the visuals: a folder); `suggestedName` without extension. */
export async function askExportTarget(
  parent: BrowserWindow,
  locale: Locale,
  format: 'pdf' | 'docx' | 'visuals',
  suggestedName: string,
): Promise<string | null> {
  if (format === 'visuals') {
    const chosen = await dialog.showOpenDialog(parent, {
      title: message(locale, 'dialog.exportVisuals.title'),
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    });
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  }
  const filter = format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Word', extensions: ['docx'] };
  const result = await dialog.showSaveDialog(parent, {
    title: message(locale, 'dialog.export.title'),
    defaultPath: path.join(app.getPath('documents'), `${suggestedName}.${format}`),
    filters: [filter],
  });
  if (result.canceled || !result.filePath) return null;
  return path.extname(result.filePath) === '' ? `${result.filePath}.${format}` : result.filePath;
}

/** Where to write a reviewer copy; `suggestedName` without extension. */
export async function askReviewCopyTarget(parent: BrowserWindow, locale: Locale, suggestedName: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(parent, {
    title: message(locale, 'dialog.reviewCopy.title'),
    defaultPath: path.join(app.getPath('documents'), `${suggestedName}.bundel`),
    filters: [{ name: message(locale, 'dialog.filter.reviewCopy'), extensions: ['bundel'] }],
  });
  return result.canceled || !result.filePath ? null : withBundelExtension(result.filePath);
}

export async function showError(parent: BrowserWindow | undefined, locale: Locale, text: string): Promise<void> {
  const options = { type: 'error' as const, title: message(locale, 'dialog.error.title'), message: text };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

export async function showAbout(parent: BrowserWindow | undefined, locale: Locale): Promise<void> {
  const options = {
    type: 'info' as const,
    title: message(locale, 'menu.help.about'),
    message: 'Bundel',
    detail: message(locale, 'dialog.about.detail', { version: app.getVersion() }),
  };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
