/** Dates as people read them, in the UI's language: "10 feb. 2026". */
import type { Locale } from '../../main/model/index.js';

const tags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date (`2026-02-10`) in the UI's words; noon UTC keeps it the same day in every time zone. */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : date.toLocaleDateString(tags[locale], { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A moment in the UI's words, with the time. */
export function formatMoment(locale: Locale, timestamp: string): string {
  return new Date(timestamp).toLocaleString(tags[locale], { dateStyle: 'medium', timeStyle: 'short' });
}
