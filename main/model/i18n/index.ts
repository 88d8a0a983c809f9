import type { ErrorParams, UserError } from '../errors.js';
import { en } from './en.js';
import { nl, type Catalogue, type MessageKey, type Plural } from './nl.js';

export type { MessageKey, Plural } from './nl.js';
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * The language asked for in the environment: `BUNDEL_LANG=en` for English,
 * read by the command, the app and the test bridge alike; Dutch otherwise.
 */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale | null {
  const asked = env.BUNDEL_LANG;
  return (locales as readonly string[]).includes(asked ?? '') ? (asked as Locale) : null;
}

const catalogues: Record<Locale, Catalogue> = { nl, en };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural rules of `locale`, made once: `Intl.PluralRules` is costly to construct. */
function pluralRulesOf(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** The text of a catalogue entry: a sentence as it is, a plural in the form its language uses for `count`. */
function form(locale: Locale, entry: string | Plural, count: string | number | undefined): string {
  if (typeof entry === 'string') return entry;
  const number = typeof count === 'string' && count.trim() !== '' ? Number(count) : count;
  if (typeof number !== 'number' || !Number.isFinite(number)) return entry.other;
  return entry[pluralRulesOf(locale).select(number)] ?? entry.other;
}

/**
 * The sentence for `key` in `locale`, with `{name}` placeholders filled from `params`.
 * A plural entry gives the form for the number in `params.count` ("1 opmerking",
 * "6 opmerkingen"), or its `other` form when there is no count.
 */
export function message(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return form(locale, catalogues[locale][key], params.count).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether `value` is a key of the catalogue (every language has the Dutch keys). */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(nl, value);
}

/** A sentence of the catalogue in one language: `message` bound to a locale, or the renderer's `t`. */
export type Say = (key: MessageKey, params: ErrorParams) => string;

const KEY_SUFFIX = 'Key';
const LIST_SUFFIX = 'List';

/**
 * The error's params with every `<name>Key` whose value is a catalogue key
 * also given as `<name>`: that key's sentence, filled from the same params
 * (and those said before it: `labelKey` before a `problemKey` whose sentence
 * names the `{label}`), in the language of `say`. Errors keep call-site details as keys (`problemKey`,
 * `whatKey`) rather than as Dutch text, so an English reader gets an English
 * sentence throughout; main and renderer both go through here, so they agree.
 * Likewise every `<name>List`, names one per line (see `nameList`), is given as
 * `<name>`: each name in the quotation marks of that language („…” or “…”).
 * Params that are not keyed (English technical details) pass unchanged.
 */
export function localParams(params: ErrorParams, say: Say): ErrorParams {
  const local = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (name.length > KEY_SUFFIX.length && name.endsWith(KEY_SUFFIX) && isMessageKey(value)) {
      local[name.slice(0, -KEY_SUFFIX.length)] = say(value, local);
    } else if (name.length > LIST_SUFFIX.length && name.endsWith(LIST_SUFFIX) && typeof value === 'string') {
      local[name.slice(0, -LIST_SUFFIX.length)] = value
        .split('\n')
        .map((text) => say('quoted', { text }))
        .join(', ');
    }
  }
  return local;
}

/** Names (titles, one line each) as an error's `<name>List` param, quoted when said: see `localParams`. */
export function nameList(names: readonly string[]): string {
  return names.map((name) => name.replace(/\s+/g, ' ')).join('\n');
}

export function errorMessage(locale: Locale, error: UserError): string {
  const say: Say = (key, params) => message(locale, key, params);
  return say(`error.${error.code}`, localParams(error.params, say));
}

/** The label of a vocabulary code, e.g. `label('nl', 'materialKind', 'practiceExample')` → "praktijkvoorbeeld". */
export function label<P extends string>(locale: Locale, vocabulary: P, code: string): string {
  const key = `${vocabulary}.${code}`;
  const entry = Object.hasOwn(catalogues[locale], key) ? catalogues[locale][key as MessageKey] : undefined;
  // A label is a word, never a counted sentence: a plural entry is not a label.
  return typeof entry === 'string' ? entry : code;
}
