/**
 * What an export wrote: opened with the application the system has for it
 * (a folder in the file manager), or shown selected in its folder. The path
 * comes from main's own record of the export, never from the page.
 */
import { shell } from 'electron';
import { UserError } from '../model/index.js';

export async function showFile(path: string, how: 'open' | 'folder'): Promise<void> {
  if (how === 'folder') {
    shell.showItemInFolder(path);
    return;
  }
  // Electron answers with what went wrong, as text, or with nothing.
  const failure = await shell.openPath(path);
  if (failure !== '') throw new UserError('cannotOpen', { path, detail: failure }, failure);
}
