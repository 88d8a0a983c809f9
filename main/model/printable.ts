// Text may hold characters no reader prints: control characters pasted from a
// PDF or a spreadsheet, half of a surrogate pair from a broken import, Unicode's
// noncharacters. XML 1.0 forbids most of them, so a DOCX that holds one does
// not open in Word or LibreOffice; in a PDF they are glyphs no font has. Where
// text comes in (an import, a paste) and where it goes out (the document tree,
// the XML writers), it is made as a reader sees it: a vertical tab, form feed
// or next-line becomes a space, other controls and noncharacters are dropped,
// and half a surrogate pair becomes U+FFFD, which shows that something was there.

// Without the `u` flag, so that surrogates are matched one by one.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNPRINTABLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');
// eslint-disable-next-line no-control-regex -- as above
const AS_SPACE = /[\x0B\x0C\x85]/;

/** `text` without what no reader prints (see above); the same string when it has none. */
export function printableText(text: string): string {
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(UNPRINTABLE_ALL, (c) => (AS_SPACE.test(c) ? ' ' : c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? '\uFFFD' : ''));
}

/**
 * Every string in `value` made printable. Plain objects and arrays are walked
 * and copied only where something changed; anything else (image bytes) is kept
 * as it is.
 */
export function printable<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return printableText(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const cleaned = clean(item);
      if (cleaned !== item) (copy ??= value.slice())[i] = cleaned;
    }
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  // A plain object inherits nothing enumerable; `for…in` spares an array of entries per object.
  for (const key in record) {
    const item = record[key];
    const cleaned = clean(item);
    if (cleaned !== item) (copy ??= { ...record })[key] = cleaned;
  }
  return copy ?? value;
}

/** `text` as XML character data or attribute value: printable, and escaped. */
export function xmlText(text: string): string {
  return printableText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
