/**
 * The app's language, kept in the user data folder between starts. It is read
 * before the app is ready: Chromium's own --lang must be set by then, and it
 * holds until the next start. BUNDEL_LANG in the environment wins over the
 * file (developers, tests).
 */
import path from 'node:path';
import { z } from 'zod';
import { Locale as LocaleSchema } from '../ipc/contract.js';
import type { Logger } from '../ipc/errors.js';
import { Language } from '../ipc/language.js';
import { localeFromEnvironment, type Locale } from '../model/index.js';
import { readJsonSync, writeJson } from './json-file.js';

const LanguageSetting = z.strictObject({ locale: LocaleSchema });

export function loadLanguage(userData: string, env: Record<string, string | undefined>, log: Logger): Language {
  const file = path.join(userData, 'language.json');
  const saved = readJsonSync(file, LanguageSetting.nullable(), null, log);
  const language = new Language(localeFromEnvironment(env) ?? saved?.locale ?? 'nl');
  language.onChange((locale) => {
    writeJson(file, { locale }).catch((error: unknown) => log.warn(`could not save ${file}: ${String(error)}`));
  });
  return language;
}

/** Chromium's name for the language: its own controls (a date field's order, a text field's menu) speak it. */
export function chromiumLanguage(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}
