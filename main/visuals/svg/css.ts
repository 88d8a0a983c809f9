/**
 * CSS inside an SVG (a <style> element, a style attribute, a presentation
 * attribute such as fill="url(#g)"): @import rules are removed and every
 * url(…) that is not local becomes `none`. CSS that could hide a reference
 * from these checks — backslash escapes (`u\72l(`), url-taking functions
 * other than url(), a url( that does not parse — is refused as a whole
 * (null), so the caller drops it: losing a style is better than a fetch.
 */
import { isLocalReference } from './references.js';

const comment = /\/\*[\s\S]*?(\*\/|$)/g;
const importRule = /@import\b[^;]*(;|$)/gi;
const urlFunction = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^'"()\s]*))\s*\)/gi;
/** Functions that take a URL without url(…), and old browsers' script hooks. */
const otherFetches = /(^|[^\w-])((-webkit-)?image-set|image|src|element|cross-fade|expression)\s*\(|-moz-binding|behavior\s*:/i;

/** The CSS with foreign references removed (the same string when it had none), or null to drop it. */
export function sanitiseCss(css: string): string | null {
  if (css.includes('\\')) return null;
  let clean = css.includes('/*') ? css.replace(comment, ' ') : css;
  clean = clean.replace(importRule, '');
  clean = clean.replace(urlFunction, (whole, double?: string, single?: string, bare?: string) =>
    isLocalReference(double ?? single ?? bare ?? '') ? whole : 'none',
  );
  if (/url\s*\(/i.test(clean.replace(urlFunction, '')) || otherFetches.test(clean) || /@import/i.test(clean)) return null;
  // Unchanged CSS keeps its exact text, so a clean file keeps its bytes.
  return clean.trim() === css.trim() ? css : clean;
}
