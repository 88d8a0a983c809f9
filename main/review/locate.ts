/**
 * Finding a commented passage again in a text that has changed: by the quoted
 * passage with the words around it; when the passage itself changed, between
 * the words that stood before and after it; and when it is gone, the nearest
 * surviving word. Whitespace differences (a tab from Word, a non-breaking
 * space) never stop a match.
 */
import type { Anchor } from '../model/index.js';
import { isMarkable, type TextIndex, type TextRange } from './text-index.js';

/** Characters of context an anchor keeps on either side of its passage. */
export const anchorContext = 30;

/** How a passage was found: as quoted, between its surrounding words, or not (moved to the nearest word). */
export type Placement = 'exact' | 'context' | 'nearest';

export interface Located {
  range: TextRange;
  placement: Placement;
}

export function anchorOf(text: string, range: TextRange): Anchor {
  return {
    quote: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - anchorContext), range.start),
    suffix: text.slice(range.end, range.end + anchorContext),
  };
}

/**
 * Where `anchor` is in `index`. `hint` is where the passage would be if it had
 * not moved (an offset into `index.text`); it decides between equal candidates
 * and is where a passage that is gone goes. Null only for a text without a
 * single word.
 */
export function locate(anchor: Anchor, index: TextIndex, hint: number | null): Located | null {
  const text = normalized(index.text);
  const quote = squeeze(anchor.quote).trim();
  const prefix = squeeze(anchor.prefix);
  const suffix = squeeze(anchor.suffix);
  const near = hint === null ? null : text.toNormal(hint);

  if (quote.length > 0) {
    const exact = bestOccurrence(text.value, quote, prefix, suffix, near, (start, end) =>
      isMarkable(index, text.toOriginal(start, end)),
    );
    if (exact) return { range: text.toOriginal(exact.start, exact.end), placement: 'exact' };
  }

  const between = bracket(text.value, prefix, suffix, quote.length);
  if (between && between.end > between.start && quote.length > 0) {
    const range = text.toOriginal(between.start, between.end);
    if (isMarkable(index, range)) return { range: trimRange(index.text, range), placement: 'context' };
  }

  // A passage of no length (a point comment) is where its context says, or at the hint.
  const point = between?.start ?? contextPoint(text.value, prefix, suffix) ?? near;
  const word = nearestWord(index, point === null ? 0 : text.toOriginal(point, point).start);
  if (!word) return null;
  return { range: word, placement: quote.length === 0 && point !== null ? 'exact' : 'nearest' };
}

/** The occurrence of `quote` whose surroundings agree most with the anchor's, if they agree enough. */
function bestOccurrence(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  near: number | null,
  markable: (start: number, end: number) => boolean,
): TextRange | null {
  let best: { range: TextRange; score: number; distance: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!markable(at, at + quote.length)) continue;
    count += 1;
    const before = text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
    const after = text.slice(at + quote.length, at + quote.length + suffix.length + 1).trimStart();
    const score = commonSuffix(before, prefix.trimEnd()) + commonPrefix(after, suffix.trimStart());
    const distance = near === null ? at : Math.abs(at - near);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { range: { start: at, end: at + quote.length }, score, distance };
    }
  }
  if (!best) return null;
  // A short quote found somewhere with none of its surroundings is another passage that happens to read the same.
  const context = Math.min(8, prefix.trim().length + suffix.trim().length);
  const trusted = best.score >= context || (count === 1 && quote.length >= 15);
  return trusted ? best.range : null;
}

/** The stretch between the end of the prefix and the start of the suffix, if both are found close together. */
function bracket(text: string, prefix: string, suffix: string, quoteLength: number): TextRange | null {
  const ends = occurrences(text, tails(prefix)).map((o) => o.end);
  const starts = occurrences(text, heads(suffix)).map((o) => o.start);
  const longest = Math.max(quoteLength * 3, quoteLength + 400);
  let best: TextRange | null = null;
  for (const end of ends) {
    for (const start of starts) {
      if (start < end || start - end > longest) continue;
      const gap = start - end;
      if (!best || Math.abs(gap - quoteLength) < Math.abs(best.end - best.start - quoteLength)) best = { start: end, end: start };
    }
  }
  return best;
}

/** Where the prefix ends, or else where the suffix starts. */
function contextPoint(text: string, prefix: string, suffix: string): number | null {
  const after = occurrences(text, tails(prefix))[0];
  if (after) return after.end;
  const before = occurrences(text, heads(suffix))[0];
  return before ? before.start : null;
}

/** The occurrences of the first of `needles` that occurs at all (longest first). */
function occurrences(text: string, needles: string[]): TextRange[] {
  for (const needle of needles) {
    const found: TextRange[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push({ start: at, end: at + needle.length });
    if (found.length > 0) return found;
  }
  return [];
}

/** The prefix, then ever shorter ends of it, down to a length that still says something. */
function tails(prefix: string): string[] {
  const p = prefix.trimStart();
  return [p.length, 20, 12, 8].filter((n, i, all) => n <= p.length && n >= 8 && all.indexOf(n) === i).map((n) => p.slice(p.length - n));
}

function heads(suffix: string): string[] {
  const s = suffix.trimEnd();
  return [s.length, 20, 12, 8].filter((n, i, all) => n <= s.length && n >= 8 && all.indexOf(n) === i).map((n) => s.slice(0, n));
}

/** The word nearest to `offset` that can carry a mark; on a tie the one after it. */
export function nearestWord(index: TextIndex, offset: number): TextRange | null {
  let best: { range: TextRange; distance: number } | null = null;
  for (const match of index.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (!isMarkable(index, range)) continue;
    const distance = offset < range.start ? range.start - offset : offset >= range.end ? offset - range.end + 1 : 0;
    if (!best || distance < best.distance) best = { range, distance };
    if (range.start > offset && best.distance < range.start - offset) break;
  }
  return best?.range ?? null;
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

interface Normalized {
  value: string;
  /** The offset in the normalized text of an offset in the original. */
  toNormal(offset: number): number;
  /** The original range of a normalized one. */
  toOriginal(start: number, end: number): TextRange;
}

/** The text with every run of whitespace as one space, and the way back to the original offsets. */
function normalized(original: string): Normalized {
  const chars: string[] = [];
  const origin: number[] = [];
  const normal: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    const space = /\s/.test(c);
    if (space && chars[chars.length - 1] === ' ') {
      normal.push(chars.length - 1);
      continue;
    }
    normal.push(chars.length);
    chars.push(space ? ' ' : c);
    origin.push(i);
  }
  origin.push(original.length);
  normal.push(chars.length);
  return {
    value: chars.join(''),
    toNormal: (offset) => normal[Math.max(0, Math.min(offset, original.length))]!,
    toOriginal: (start, end) => ({ start: origin[start]!, end: end > start ? origin[end - 1]! + 1 : origin[start]! }),
  };
}
