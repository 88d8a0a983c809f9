/** Dates as people read them, in the UI's language: "10 feb. 2026". */
import type { Locale } from '../../main/model/index.js';

const tags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

// One formatter per language: toLocaleString with options builds a new one on
// every call, which costs more than the formatting (a hundred comment dates).
const formatters = (options: Intl.DateTimeFormatOptions): Record<Locale, Intl.DateTimeFormat> => ({
  nl: new Intl.DateTimeFormat(tags.nl, options),
  en: new Intl.DateTimeFormat(tags.en, options),
});
const dates = formatters({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const moments = formatters({ dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date (`2026-02-10`) in the UI's words; read at noon UTC, so the same day in every time zone. */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dates[locale].format(date);
}

/** A moment in the UI's words, with the time. */
export function formatMoment(locale: Locale, timestamp: string): string {
  return moments[locale].format(new Date(timestamp));
}
