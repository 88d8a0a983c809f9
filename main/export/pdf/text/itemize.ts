// Turns a paragraph's words and spaces into boxes, glue and penalties, keeping
// beside each item what it stands for so the chosen lines can be set afterwards.
import { isAddress, type Hyphenation, type Hyphenator, type WordBreak } from '../hyphenate/dutch.js';
import { startsWithDiaeresis } from '../hyphenate/diaeresis.js';
import { advanceBefore, glyphAt, kernAfter, type ShapedText } from '../fonts/shaped-text.js';
import { box, glue, INFINITE_PENALTY, paragraphEnd, penalty, type Item } from '../linebreak/items.js';
import type { RunStyle } from './style.js';
import type { Token, WordPart } from './tokens.js';

/** A word's stretch in one style, shaped as a whole so its inner kerning is kept. */
export interface Segment {
  readonly text: string;
  readonly style: RunStyle;
  readonly shaped: ShapedText;
}

export type ItemContent =
  | { readonly kind: 'text'; readonly segment: Segment; readonly from: number; readonly to: number }
  | { readonly kind: 'space'; readonly style: RunStyle }
  /** `hyphen`: the style of the hyphen added at this break, null when none is added. */
  | { readonly kind: 'break'; readonly hyphen: RunStyle | null; readonly dropsDiaeresis: boolean }
  | null;

export interface Itemized {
  readonly items: Item[];
  readonly contents: ItemContent[];
}

export interface ItemizeOptions {
  readonly ragged: boolean;
  /** Where words may be divided; null: nowhere but at their own hyphens. */
  readonly hyphenator: Hyphenator | null;
  readonly hyphenPenalty: number;
  readonly explicitHyphenPenalty: number;
  /** Interword stretch and shrink as fractions of the space's width (justified text). */
  readonly spaceStretch: number;
  readonly spaceShrink: number;
  /** Stretch of every ragged line, in points (Knuth and Plass's ragged-right glue). */
  readonly raggedStretch: number;
  /** Words wider than this get emergency break points between their characters. */
  readonly emergencyWidth: number;
}

const SOFT_HYPHEN = /\u00ad/gu;
const URL_BREAK_AFTER = /[/.\-?&=_#:@]/u;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;

export function itemize(tokens: readonly Token[], options: ItemizeOptions): Itemized {
  // Each token's items first (a word's are shared, made once per word and
  // style), then copied into arrays of the paragraph's exact length: pushed one
  // by one, the two arrays grew through eight or nine sizes in a long
  // paragraph, the largest part of what setting a book allocated.
  const chunks = new Array<WordItems>(tokens.length);
  let total = 0;
  // Words and the spaces between them mostly share one style: its cache is looked up once per change of style.
  let style: RunStyle | null = null;
  let words = new Map<string, WordItems>();
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    let chunk: WordItems;
    if (token.kind === 'word' && token.parts.length > 1) {
      chunk = made((record) => pushWord(token.parts, options, record, breakPusher(options, record)));
    } else {
      const tokenStyle = token.kind === 'space' ? token.style : token.parts[0]!.style;
      if (tokenStyle !== style) {
        style = tokenStyle;
        words = wordCache(style, options);
      }
      // A space is keyed by a space character, which no word holds.
      const key = token.kind === 'space' ? (token.breakable ? ' ' : '\u00a0') : token.parts[0]!.text;
      chunk = words.get(key) ?? share(words, key, (record) => (token.kind === 'space' ? pushSpace(tokenStyle, token.breakable, options, record) : pushWord(token.parts, options, record, breakPusher(options, record))));
    }
    chunks[t] = chunk;
    total += chunk.items.length;
  }
  const end = paragraphEnd();
  const items = new Array<Item>(total + end.length);
  const contents = new Array<ItemContent>(total + end.length);
  let at = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.items.length; i++) {
      items[at] = chunk.items[i]!;
      contents[at++] = chunk.contents[i]!;
    }
  }
  for (const item of end) {
    items[at] = item;
    contents[at++] = null;
  }
  return { items, contents };
}

type Push = (item: Item, content?: ItemContent) => void;
type PushBreak = (width: number, cost: number, flagged: boolean, emergency: boolean, content: ItemContent) => void;

function breakPusher(options: ItemizeOptions, push: Push): PushBreak {
  return (width, cost, flagged, emergency, content) => {
    const brk = penalty(width, cost, flagged, emergency);
    if (!options.ragged) {
      push(brk, content);
      return;
    }
    // A ragged line that ends inside a word needs the same stretch as one that
    // ends at a space; the glue pair cancels out when no break is taken.
    push(penalty(0, INFINITE_PENALTY));
    push(glue(0, options.raggedStretch, 0));
    push(brk, content);
    push(glue(0, -options.raggedStretch, 0));
  };
}

interface WordItems {
  readonly items: readonly Item[];
  readonly contents: readonly ItemContent[];
}

function pushSpace(style: RunStyle, breakable: boolean, options: ItemizeOptions, push: Push): void {
  const width = style.spaceWidth;
  const content: ItemContent = { kind: 'space', style };
  if (!breakable) {
    push(penalty(0, INFINITE_PENALTY));
    push(options.ragged ? glue(width, 0, 0) : glue(width, width * options.spaceStretch, width * options.spaceShrink), content);
  } else if (options.ragged) {
    push(glue(0, options.raggedStretch, 0));
    push(penalty(0, 0));
    push(glue(width, -options.raggedStretch, 0), content);
  } else {
    push(glue(width, width * options.spaceStretch, width * options.spaceShrink), content);
  }
}

/**
 * Natural text repeats its words heavily, and a word in one style under the
 * same options always gives the same items: they are made once and shared
 * (items are never changed; equal style keys draw identically). So are spaces.
 */
function share(words: Map<string, WordItems>, key: string, make: (record: Push) => void): WordItems {
  // Cached for the export and beyond: at their length, not at the room pushing reserved (17).
  const word = made(make);
  const kept = { items: word.items.slice(), contents: word.contents.slice() };
  words.set(key, kept);
  return kept;
}

/** The items `make` records. */
function made(make: (record: Push) => void): WordItems {
  const items: Item[] = [];
  const contents: ItemContent[] = [];
  make((item, content = null) => {
    items.push(item);
    contents.push(content);
  });
  return { items, contents };
}

/**
 * The caches by hyphenator: one whose list of divisions the editor has since
 * changed is dropped with it (hyphenatorFor keeps only the latest), so a kept
 * export worker does not hold a set of caches per list it has seen.
 */
/** Stands for "no hyphenation" among the hyphenators. */
const UNDIVIDED = {};
const wordsByHyphenator = new WeakMap<Hyphenator | typeof UNDIVIDED, Map<string, Map<string, WordItems>>>();
const wordsByStyle = new WeakMap<RunStyle, { readonly options: ItemizeOptions; readonly words: Map<string, WordItems> }>();

/** The cache for a style and options; looked up by object first, as every word of a run shares both. */
function wordCache(style: RunStyle, options: ItemizeOptions): Map<string, WordItems> {
  const last = wordsByStyle.get(style);
  if (last !== undefined && last.options === options) return last.words;
  const hyphenator = options.hyphenator ?? UNDIVIDED;
  let byKey = wordsByHyphenator.get(hyphenator);
  if (byKey === undefined) {
    byKey = new Map();
    wordsByHyphenator.set(hyphenator, byKey);
  }
  const key = [style.key, options.ragged, options.hyphenPenalty, options.explicitHyphenPenalty,
    options.spaceStretch, options.spaceShrink, options.raggedStretch, options.emergencyWidth].join('|');
  let words = byKey.get(key);
  if (words === undefined) {
    words = new Map();
    byKey.set(key, words);
  }
  wordsByStyle.set(style, { options, words });
  return words;
}

/**
 * A place inside a word where a line may end: a hyphenation point, or a last
 * resort, which `divides` a word between two letters (with a hyphen, as any
 * division of a word) or cuts an address, a number or a path (without one).
 */
type Cut = WordBreak | { readonly at: number; readonly rescue: number; readonly divides: boolean };

const NO_HYPHEN: ItemContent = { kind: 'break', hyphen: null, dropsDiaeresis: false };

function pushWord(parts: readonly WordPart[], options: ItemizeOptions, push: Push, pushBreak: PushBreak): void {
  const whole = parts.length === 1 ? parts[0]!.text : parts.map((p) => p.text).join('');
  const hyphenation: Hyphenation = options.hyphenator !== null
    ? options.hyphenator.hyphenate(whole)
    : { word: whole.replace(SOFT_HYPHEN, ''), breaks: [] };
  const segments = parts.map((p): Segment => {
    const text = p.text.includes('\u00ad') ? p.text.replace(SOFT_HYPHEN, '') : p.text;
    return { text, style: p.style, shaped: p.style.face.shape(text) };
  });
  let width = 0;
  for (const s of segments) width += s.style.face.toPoints(s.shaped.width, s.style.size);
  const cuts: readonly Cut[] =
    width > options.emergencyWidth ? withEmergencyCuts(hyphenation) : hyphenation.breaks;
  const wordEnd = hyphenation.word.length;

  let start = 0;
  let next = 0;
  for (const segment of segments) {
    const end = start + segment.text.length;
    const { face, size } = segment.style;
    let from = start;
    let advance = 0;
    while (from < end) {
      while (next < cuts.length && cuts[next]!.at <= from) next++;
      const cut = next < cuts.length && cuts[next]!.at < end ? cuts[next]! : undefined;
      const at = cut?.at ?? end;
      const nextAdvance = advanceBefore(segment.shaped, at - start);
      push(box(face.toPoints(nextAdvance - advance, size)), { kind: 'text', segment, from: from - start, to: at - start });
      advance = nextAdvance;
      from = at;
      if (at === wordEnd) break;
      // A break at the end of this segment belongs to the next cut in line.
      const here = cut ?? (next < cuts.length && cuts[next]!.at === at ? cuts[next] : undefined);
      if (here === undefined) continue;
      // The part before a break loses its kern with the letter after it.
      const glyph = glyphAt(segment.shaped, at - start);
      const unkern = glyph > 0 ? -face.toPoints(kernAfter(segment.shaped, glyph - 1), size) : 0;
      if ('rescue' in here) {
        // Not flagged: the limit on hyphens in a row must not leave a word longer than three lines overfull.
        if (here.divides) pushBreak(segment.style.hyphenWidth + unkern, here.rescue, false, true, { kind: 'break', hyphen: segment.style, dropsDiaeresis: false });
        else pushBreak(unkern, here.rescue, false, true, NO_HYPHEN);
      } else if (here.explicit) {
        pushBreak(unkern, options.explicitHyphenPenalty, true, false, NO_HYPHEN);
      } else {
        const dropsDiaeresis = startsWithDiaeresis(hyphenation.word.charAt(at));
        const content: ItemContent = { kind: 'break', hyphen: segment.style, dropsDiaeresis };
        pushBreak(segment.style.hyphenWidth + unkern, options.hyphenPenalty, true, false, content);
      }
    }
    start = end;
  }
}

/**
 * The word's own break points plus last-resort ones for a word too wide for any
 * line (a URL, a long number, a compound the patterns do not divide): cheap
 * after URL punctuation, dear elsewhere, never inside a character.
 */
function withEmergencyCuts(hyphenation: Hyphenation): Cut[] {
  const { word, breaks } = hyphenation;
  const cuts: Cut[] = [];
  const chars = Array.from(word);
  const address = isAddress(word);
  let at = 0;
  let b = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    at += chars[i]!.length;
    while (b < breaks.length && breaks[b]!.at < at) b++;
    if (breaks[b]?.at === at) cuts.push(breaks[b]!);
    else if (!MARK.test(chars[i + 1]!)) {
      const divides = !address && LETTER.test(chars[i]!) && LETTER.test(chars[i + 1]!);
      cuts.push({ at, rescue: URL_BREAK_AFTER.test(chars[i]!) ? 0 : 1000, divides });
    }
  }
  return cuts;
}
