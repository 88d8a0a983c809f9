import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions, type MenuItem } from '../../../main/electron/menu-template.js';

function actions(): MenuActions {
  return {
    newProject: vi.fn(),
    openProject: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    saveCopy: vi.fn(),
    exportProject: vi.fn(),
    reviewCopy: vi.fn(),
    reviewImport: vi.fn(),
    closeWindow: vi.fn(),
    find: vi.fn(),
    about: vi.fn(),
    setLanguage: vi.fn(),
  };
}

function submenu(item: MenuItem | undefined): MenuItem[] {
  return (item?.submenu ?? []) as MenuItem[];
}

function labels(items: MenuItem[]): (string | undefined)[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.label);
}

function click(item: MenuItem | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

const recent = [{ path: '/docs/Jaarbundel.bundel', name: 'Jaarbundel', openedAt: '2026-03-15T10:00:00.000Z' }];

describe('menuTemplate', () => {
  it('has the Dutch menus Bestand, Bewerken, Beeld, Help', () => {
    const menu = menuTemplate({ locale: 'nl', recent, actions: actions(), platform: 'linux', devTools: false });
    expect(labels(menu)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(menu[0]))).toEqual([
      'Nieuw…',
      'Openen…',
      'Recent geopend',
      'Opslaan als kopie…',
      'Exporteren…',
      'Meeleeskopie maken…',
      'Opmerkingen van meelezer importeren…',
      'Sluiten',
      'Afsluiten',
    ]);
    expect(labels(submenu(menu[1]))).toContain('Ongedaan maken');
  });

  it('lists recent projects and clears them', () => {
    const a = actions();
    const menu = menuTemplate({ locale: 'nl', recent, actions: a, platform: 'linux', devTools: false });
    const items = submenu(submenu(menu[0]).find((i) => i.label === 'Recent geopend'));
    click(items[0]);
    expect(a.openRecent).toHaveBeenCalledWith('/docs/Jaarbundel.bundel');
    click(items.find((i) => i.label === 'Lijst wissen'));
    expect(a.clearRecent).toHaveBeenCalled();
  });

  it('shows an empty recent list as a disabled line', () => {
    const menu = menuTemplate({ locale: 'nl', recent: [], actions: actions(), platform: 'linux', devTools: false });
    const items = submenu(submenu(menu[0]).find((i) => i.label === 'Recent geopend'));
    expect(items).toEqual([{ label: 'Geen recente projecten', enabled: false }]);
  });

  it('wires export and find to the actions that send menu commands', () => {
    const a = actions();
    const menu = menuTemplate({ locale: 'nl', recent, actions: a, platform: 'linux', devTools: false });
    click(submenu(menu[0]).find((i) => i.label === 'Exporteren…'));
    click(submenu(menu[1]).find((i) => i.label === 'Zoeken…'));
    expect(a.exportProject).toHaveBeenCalledTimes(1);
    expect(a.find).toHaveBeenCalledTimes(1);
  });

  it('wires the reviewer copy and the import of a reviewer\'s work to their actions', () => {
    const a = actions();
    const menu = menuTemplate({ locale: 'nl', recent, actions: a, platform: 'linux', devTools: false });
    click(submenu(menu[0]).find((i) => i.label === 'Meeleeskopie maken…'));
    click(submenu(menu[0]).find((i) => i.label === 'Opmerkingen van meelezer importeren…'));
    expect(a.reviewCopy).toHaveBeenCalledTimes(1);
    expect(a.reviewImport).toHaveBeenCalledTimes(1);
  });

  it('puts the app menu first on macOS and quits from there', () => {
    const menu = menuTemplate({ locale: 'nl', recent, actions: actions(), platform: 'darwin', devTools: false });
    expect(labels(menu)).toEqual(['Bundel', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(menu[1]))).not.toContain('Afsluiten');
  });

  it('chooses the language under View, each named in itself, the current one checked', () => {
    const a = actions();
    const language = (locale: 'nl' | 'en') => {
      const view = menuTemplate({ locale, recent, actions: a, platform: 'linux', devTools: false })[2];
      return { view, item: submenu(view).at(-1) };
    };
    const dutch = language('nl');
    expect(dutch.view?.label).toBe('Beeld');
    expect(dutch.item?.label).toBe('Taal');
    expect(submenu(dutch.item).map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Nederlands', 'radio', true],
      ['English', 'radio', false],
    ]);
    click(submenu(dutch.item)[1]);
    expect(a.setLanguage).toHaveBeenCalledWith('en');

    const english = language('en');
    expect(labels(menuTemplate({ locale: 'en', recent, actions: a, platform: 'linux', devTools: false }))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(english.item?.label).toBe('Language');
    expect(submenu(english.item).map((i) => [i.label, i.checked])).toEqual([
      ['Nederlands', false],
      ['English', true],
    ]);
  });

  it('offers developer tools only in development', () => {
    const roles = (devTools: boolean) =>
      submenu(menuTemplate({ locale: 'nl', recent, actions: actions(), platform: 'linux', devTools })[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
