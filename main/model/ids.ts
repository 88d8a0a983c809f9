import { z } from 'zod';

/** Ids are opaque strings; new ones are random UUIDs from the Web Crypto API (Node and browsers both have it). */
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id: only letters, digits, - and _');
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

/** A calendar date as written in ISO 8601: `2026-03-15`. */
export const IsoDate = z.iso.date();
/** A moment in ISO 8601 with time zone: `2026-03-15T10:00:00.000Z`. */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

export function now(): Timestamp {
  return new Date().toISOString();
}

/** Short free text: one line, trimmed, bounded. */
export const Line = (max = 300) => z.string().trim().max(max).refine((s) => !/[\r\n]/.test(s), 'one line only');
/** Longer plain text that may contain paragraphs separated by blank lines. */
export const PlainText = (max = 20_000) => z.string().max(max);
