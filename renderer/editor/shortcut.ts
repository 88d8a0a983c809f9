/** Whether the keyboard is a Mac's (⌘ where others have Ctrl). No navigator (Node, in unit tests): not a Mac. */
export const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Shortcuts as the platform writes them: "Ctrl+Alt+1" or "⌘⌥1". */
export function shortcutText(keys: string): string {
  const parts = keys.split('-');
  const key = parts.pop() ?? '';
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Alt: '⌥', Shift: '⇧' }
    : { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  const mods = parts.map((p) => names[p] ?? p);
  return mac ? `${mods.join('')}${key.toUpperCase()}` : [...mods, key.toUpperCase()].join('+');
}
