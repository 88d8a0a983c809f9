/**
 * Splits a chapter's text into sections for the search index, so that saving
 * a long chapter re-indexes only the sections an edit touched, and a snippet
 * is cut from a section rather than from the whole chapter.
 *
 * Boundaries depend on the blocks themselves (a heading starts a section; a
 * section with enough words closes after a block whose word count is a
 * multiple of MARKER_ODDS), not on counting from the start: an edit moves at
 * most the boundaries near it, and the sections further on stay the same.
 */
import { checkedBlockOf, plainText, type RichDoc } from '../model/index.js';

const MIN_WORDS = 150;
const MAX_WORDS = 1_000;
/** About one block in this many closes a section (once it has MIN_WORDS). */
const MARKER_ODDS = 4;

/** Whether the UTF-16 unit is what the regular expression `\s` matches. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Words as the model's `wordCount` counts them (runs between `\s`), without making a string per word. */
function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most text is Latin: settle the common cases before the rare Unicode spaces.
    const space = code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : code >= 0xa0 && isSpace(code);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export interface BodyText {
  /** The plain text in sections, in order; at least one (perhaps empty). */
  sections: string[];
  /** As the model's `wordCount`, counted on the way. */
  words: number;
}

/** The block's text and words; a checked block's once (see `checkedBlockOf`): a save while someone types changes one or two blocks of hundreds. */
function blockText(block: RichDoc): { text: string; words: number } {
  const known = checkedBlockOf(block);
  if (known?.text !== undefined && known.words !== undefined) return { text: known.text, words: known.words };
  const text = plainText({ type: 'doc', content: [block] });
  const words = text ? wordsIn(text) : 0;
  if (known) {
    known.text = text;
    known.words = words;
  }
  return { text, words };
}

export function bodyText(body: RichDoc): BodyText {
  const sections: string[] = [];
  let current: string[] = [];
  let words = 0;
  let total = 0;
  const close = (): void => {
    if (current.length > 0) sections.push(current.join('\n'));
    current = [];
    words = 0;
  };
  for (const block of body.content ?? []) {
    if (block.type === 'heading') close();
    const { text, words: count } = blockText(block);
    if (!text) continue;
    current.push(text);
    words += count;
    total += count;
    if (words >= MAX_WORDS || (words >= MIN_WORDS && count % MARKER_ODDS === 0)) close();
  }
  close();
  return { sections: sections.length > 0 ? sections : [''], words: total };
}
