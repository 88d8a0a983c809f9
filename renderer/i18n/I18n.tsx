/**
 * The UI language. Every visible sentence comes from the catalogue in
 * main/model/i18n; this context only chooses nl or en and remembers the choice
 * on this machine (the publication itself is always Dutch).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { label, locales, message, type Locale, type MessageKey } from '../../main/model/index.js';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The word for a vocabulary code, e.g. `lbl('materialKind', 'dilemma')`. */
  lbl(vocabulary: string, code: string): string;
}

const storageKey = 'bundel.locale';
const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = localStorage.getItem(storageKey);
  return (locales as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
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
