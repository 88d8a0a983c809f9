import { Menu } from 'electron';
import { menuTemplate, type MenuOptions } from './menu-template.js';

/** (Re)builds the application menu; called again whenever the recent list changes. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
