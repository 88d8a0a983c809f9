// Splits a paragraph's runs into words and the spaces between them. A word may
// cross runs ("zorg**vragers**"), so it is kept as parts, one per style.
import { resolveStyle, type InlineRun, type RunStyle } from './style.js';

export interface WordPart {
  readonly text: string;
  readonly style: RunStyle;
}

export type Token =
  | { readonly kind: 'word'; readonly parts: readonly WordPart[] }
  | SpaceToken;

interface SpaceToken {
  readonly kind: 'space';
  readonly style: RunStyle;
  readonly breakable: boolean;
}

/**
 * A book has a space token for every word: they are shared per style (tokens
 * are never changed), as are the regular expression matches the split once
 * made, which were most of what setting a paragraph allocated.
 */
const spaces = new WeakMap<RunStyle, { readonly breakable: SpaceToken; readonly fixed: SpaceToken }>();

function spaceToken(style: RunStyle, breakable: boolean): SpaceToken {
  let pair = spaces.get(style);
  if (pair === undefined) {
    pair = { breakable: { kind: 'space', style, breakable: true }, fixed: { kind: 'space', style, breakable: false } };
    spaces.set(style, pair);
  }
  return breakable ? pair.breakable : pair.fixed;
}

export function tokenize(runs: readonly InlineRun[]): Token[] {
  const tokens: Token[] = [];
  let parts: WordPart[] = [];
  let space: SpaceToken | null = null;

  const pushWord = (word: WordPart[]): void => {
    if (space !== null && tokens.length > 0) tokens.push(space);
    space = null;
    tokens.push({ kind: 'word', parts: word });
  };
  const flushWord = (): void => {
    if (parts.length === 0) return;
    pushWord(parts);
    parts = [];
  };

  for (const run of runs) {
    // Decomposed input (from some Word files and Macs) would lose glyphs'
    // precomposed forms and hyphenation points.
    const text = nfc(run.text);
    if (text.length === 0) continue;
    const style = resolveStyle(run);
    if (!OTHER_SPACE.test(text)) {
      // Nearly every run has ordinary spaces only: the engine's split finds them, which
      // from a cold start is several times faster than the loop below.
      const pieces = text.split(' ');
      const last = pieces.length - 1;
      for (let k = 0; k <= last; k++) {
        if (k > 0) {
          flushWord();
          space = spaceToken(style, space?.breakable ?? true);
        }
        const piece = pieces[k]!;
        if (piece.length === 0) continue;
        // A word a space ends, begun in this run, is whole: its parts are a one-element array (a
        // pushed-to array reserves room for 17).
        if (k < last && parts.length === 0) pushWord([{ text: piece, style }]);
        else parts.push({ text: piece, style });
      }
      continue;
    }
    let word = 0;
    let i = 0;
    while (i < text.length) {
      const kind = spaceKind(text.charCodeAt(i));
      if (kind === NOT_SPACE) {
        i++;
        continue;
      }
      if (i > word) parts.push({ text: text.slice(word, i), style });
      flushWord();
      // Spaces collapse as in HTML; one that must not break wins.
      let breakable = space?.breakable ?? true;
      for (; i < text.length; i++) {
        const next = spaceKind(text.charCodeAt(i));
        if (next === NOT_SPACE) break;
        if (next === NO_BREAK) breakable = false;
      }
      space = spaceToken(style, breakable);
      word = i;
    }
    if (word < text.length) parts.push({ text: text.slice(word), style });
  }
  flushWord();
  return tokens;
}

/**
 * Every character below U+0300 is its own NFC form and combines with nothing
 * before it, so text of those alone (nearly all Dutch text: ë, é and ï are
 * below it) needs no normalizing. `normalize` (ICU) spent some 15 ns on every
 * character, of text already normal too, and every paragraph's text passes here.
 */
const MAY_CHANGE_IN_NFC = /[\u0300-\u{10FFFF}]/u;

function nfc(text: string): string {
  return MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text;
}

/** White space other than U+0020: `\s` is the same set that `spaceKind` knows. */
const OTHER_SPACE = /[^\S ]/u;

const NOT_SPACE = 0;
const BREAKING = 1;
const NO_BREAK = 2;

/** Whitespace as `\s` knows it, and which of it must not break a line (no-break, figure and narrow no-break spaces). */
function spaceKind(code: number): number {
  if (code === 0x20) return BREAKING;
  if (code < 0x80) return code >= 0x09 && code <= 0x0d ? BREAKING : NOT_SPACE;
  if (code === 0xa0 || code === 0x2007 || code === 0x202f) return NO_BREAK;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000 || code === 0xfeff
    ? BREAKING
    : NOT_SPACE;
}
