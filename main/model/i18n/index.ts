import type { UserError } from '../errors.js';
import { en } from './en.js';
import { nl, type Catalogue, type MessageKey } from './nl.js';

export type { MessageKey } from './nl.js';
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

const catalogues: Record<Locale, Catalogue> = { nl, en };

/** The sentence for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function message(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function errorMessage(locale: Locale, error: UserError): string {
  return message(locale, `error.${error.code}`, error.params);
}

/** The label of a vocabulary code, e.g. `label('nl', 'materialKind', 'practiceExample')` → "praktijkvoorbeeld". */
export function label<P extends string>(locale: Locale, vocabulary: P, code: string): string {
  const key = `${vocabulary}.${code}`;
  return key in catalogues[locale] ? catalogues[locale][key as MessageKey] : code;
}
