/**
 * The preload: runs sandboxed before the page and puts exactly the contract's
 * entry point on `window.bundel` through the context bridge. The page gets
 * no Electron object: no ipcRenderer, no event objects, only plain data.
 * Everything it sends is validated in main, against the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, PreloadApi } from '../ipc/contract.js';
import { ipcNames } from './ipc-names.js';

const api: PreloadApi = {
  invoke: (channel, payload) => ipcRenderer.invoke(ipcNames.invoke, channel, payload),
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(ipcNames.command, forward);
    return () => {
      ipcRenderer.removeListener(ipcNames.command, forward);
    };
  },
};

contextBridge.exposeInMainWorld('bundel', api);
