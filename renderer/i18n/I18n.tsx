/**
 * The UI language. Every visible sentence comes from the catalogue in
 * main/model/i18n; this context only chooses nl or en. The choice is the app's,
 * kept by main (app.setLocale), so the menus, dialogs and main's messages
 * follow it, and so does every other window: main tells them (the `language`
 * command) and each asks again. The publication's own words stay in its
 * language.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { label, message, type Locale, type MessageKey } from '../../main/model/index.js';
import type { Client } from '../api/client.js';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The word for a vocabulary code, e.g. `lbl('materialKind', 'dilemma')`. */
  lbl(vocabulary: string, code: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ client, initial, children }: { client: Client; initial: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Another window or the menu changed the app's language.
  useEffect(
    () =>
      client.onCommand((command) => {
        if (command !== 'language') return;
        client.app.locale().then(({ locale: current }) => setLocaleState(current), () => undefined);
      }),
    [client],
  );

  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      // Main not answering leaves this window switched and the rest as they were: nothing to undo or report.
      client.app.setLocale({ locale: next }).catch(() => undefined);
    },
    [client],
  );
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => message(locale, key, params),
      lbl: (vocabulary, code) => label(locale, vocabulary, code),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
