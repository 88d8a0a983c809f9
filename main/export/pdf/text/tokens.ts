// Splits a paragraph's runs into words and the spaces between them. A word may
// cross runs ("zorg**vragers**"), so it is kept as parts, one per style.
import { resolveStyle, type InlineRun, type RunStyle } from './style.js';

export interface WordPart {
  readonly text: string;
  readonly style: RunStyle;
}

export type Token =
  | { readonly kind: 'word'; readonly parts: readonly WordPart[] }
  | { readonly kind: 'space'; readonly style: RunStyle; readonly breakable: boolean };

const WHITESPACE = /[\s\u00a0\u2007\u202f]+/gu;
const NO_BREAK = /[\u00a0\u2007\u202f]/u;

interface PendingSpace {
  readonly style: RunStyle;
  readonly breakable: boolean;
}

export function tokenize(runs: readonly InlineRun[]): Token[] {
  const tokens: Token[] = [];
  const state: { parts: WordPart[]; space: PendingSpace | null } = { parts: [], space: null };

  const flushWord = (): void => {
    if (state.parts.length === 0) return;
    if (state.space !== null && tokens.length > 0) tokens.push({ kind: 'space', ...state.space });
    state.space = null;
    tokens.push({ kind: 'word', parts: state.parts });
    state.parts = [];
  };

  for (const run of runs) {
    // Decomposed input (from some Word files and Macs) would lose glyphs'
    // precomposed forms and hyphenation points.
    const text = run.text.normalize('NFC');
    if (text.length === 0) continue;
    const style = resolveStyle(run);
    let last = 0;
    for (const match of text.matchAll(WHITESPACE)) {
      if (match.index > last) state.parts.push({ text: text.slice(last, match.index), style });
      flushWord();
      const breakable = !NO_BREAK.test(match[0]);
      // Spaces collapse as in HTML; one that must not break wins.
      state.space = { style, breakable: breakable && (state.space?.breakable ?? true) };
      last = match.index + match[0].length;
    }
    if (last < text.length) state.parts.push({ text: text.slice(last), style });
  }
  flushWord();
  return tokens;
}
