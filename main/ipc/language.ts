/**
 * The language Bundel speaks to its user: one setting for the whole app. The
 * UI, the menus, the dialogs, main's messages and the export's notes all read
 * it when they speak, so a change from the UI or the menu reaches every one of
 * them; the host (Electron, the test bridge) listens to keep it and to tell
 * its windows. The publication's own words do not follow it: they are in the
 * publication's language.
 */
import type { Locale } from '../model/index.js';

export class Language {
  private readonly listeners = new Set<(locale: Locale) => void>();

  constructor(private locale: Locale) {}

  get current(): Locale {
    return this.locale;
  }

  set(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    for (const listener of [...this.listeners]) listener(locale);
  }

  /** Called after each change; returns the way to stop listening. */
  onChange(listener: (locale: Locale) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
