/**
 * The main side of the preload's `invoke`: the sender is checked first (the
 * main frame of a page on the app's origin, in one of our project windows),
 * then the contract's dispatcher of that window validates and answers.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import type { Envelope, MenuCommand } from '../ipc/contract.js';
import { forbiddenError, type Logger } from '../ipc/errors.js';
import type { Language } from '../ipc/language.js';
import { ipcNames } from './ipc-names.js';
import { isTrustedSender } from './sender.js';
import type { ProjectWindows } from './windows.js';

export function answerInvokes(windows: ProjectWindows, language: Language, log: Logger): void {
  ipcMain.handle(ipcNames.invoke, async (event, channel: unknown, payload: unknown): Promise<Envelope> => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null);
    const project = trusted ? windows.forSender(event.sender.id) : undefined;
    if (!project) {
      log.warn(`refused an IPC call from ${frame?.url ?? 'a frame that is gone'}`);
      return { ok: false, error: forbiddenError(language.current) };
    }
    return project.dispatch(channel, payload);
  });
}

export function sendCommand(window: BrowserWindow, command: MenuCommand): void {
  window.webContents.send(ipcNames.command, command);
}
