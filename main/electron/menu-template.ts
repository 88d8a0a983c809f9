/**
 * The native menu as data: labels from the catalogue in the app's language, the actions
 * injected. Building it is pure, so its shape and words are tested without
 * Electron; menu.ts turns it into a real menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { locales, message, type Locale, type MessageKey } from '../model/index.js';
import type { RecentProject } from '../ipc/contract.js';

/** Electron's menu item options, named here so that tests need not import electron. */
export type MenuItem = MenuItemConstructorOptions;

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveCopy(): void;
  exportProject(): void;
  reviewCopy(): void;
  reviewImport(): void;
  closeWindow(): void;
  find(): void;
  about(): void;
  setLanguage(locale: Locale): void;
}

export interface MenuOptions {
  locale: Locale;
  recent: RecentProject[];
  actions: MenuActions;
  platform: NodeJS.Platform;
  /** Developer tools only in a development build. */
  devTools: boolean;
}

export function menuTemplate({ locale, recent, actions, platform, devTools }: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MessageKey): string => message(locale, key);
  const mac = platform === 'darwin';

  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t('menu.file.recent.none'), enabled: false }]
      : [
          ...recent.map((r) => ({ label: r.name, sublabel: r.path, click: () => actions.openRecent(r.path) })),
          { type: 'separator' as const },
          { label: t('menu.file.recent.clear'), click: () => actions.clearRecent() },
        ];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Bundel',
    submenu: [
      { label: t('menu.help.about'), click: () => actions.about() },
      { type: 'separator' },
      { role: 'hide', label: t('menu.app.hide') },
      { role: 'hideOthers', label: t('menu.app.hideOthers') },
      { role: 'unhide', label: t('menu.app.showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.app.quit') },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.file.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: t('menu.file.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: t('menu.file.recent'), submenu: recentItems },
      { type: 'separator' },
      { label: t('menu.file.saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
      { label: t('menu.file.export'), accelerator: 'CmdOrCtrl+E', click: () => actions.exportProject() },
      { type: 'separator' },
      { label: t('menu.file.reviewCopy'), click: () => actions.reviewCopy() },
      { label: t('menu.file.reviewImport'), click: () => actions.reviewImport() },
      { type: 'separator' },
      { label: t('menu.file.close'), accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('menu.file.quit') }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.edit.undo') },
      { role: 'redo', label: t('menu.edit.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.edit.cut') },
      { role: 'copy', label: t('menu.edit.copy') },
      { role: 'paste', label: t('menu.edit.paste') },
      { role: 'selectAll', label: t('menu.edit.selectAll') },
      { type: 'separator' },
      { label: t('menu.edit.find'), accelerator: 'CmdOrCtrl+F', click: () => actions.find() },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'zoomIn', label: t('menu.view.zoomIn') },
      { role: 'zoomOut', label: t('menu.view.zoomOut') },
      { role: 'resetZoom', label: t('menu.view.resetZoom') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.view.fullScreen') },
      ...(devTools ? [{ role: 'toggleDevTools' as const, label: t('menu.view.devTools') }] : []),
      { type: 'separator' },
      {
        label: t('menu.view.language'),
        // Each language named in itself, so that one who cannot read the current one finds their own.
        submenu: locales.map((code) => ({
          label: message(code, `ui.language.${code}`),
          type: 'radio' as const,
          checked: code === locale,
          click: () => actions.setLanguage(code),
        })),
      },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    role: 'help',
    submenu: mac ? [] : [{ label: t('menu.help.about'), click: () => actions.about() }],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, help];
}
