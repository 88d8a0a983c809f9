/**
 * The publication's own word divisions in the Word document: an optional
 * hyphen (`w:softHyphen`, which TextSpan writes for U+00AD) at each place an
 * entry allows, where Word and LibreOffice divide the word and nowhere else.
 * Titles and captions are written whole, as TextRuns, and keep Word's own
 * hyphenation. A word the editor wants never divided has no mark for that in
 * OOXML: Word decides for it.
 */
import { divisionsByWord, formatDivision, hyphenationKey } from '../../model/index.js';

const SOFT_HYPHEN = '\u00ad';
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export class SoftHyphens {
  private readonly divisions: ReadonlyMap<string, readonly number[]>;

  constructor(entries: readonly string[]) {
    this.divisions = divisionsByWord(entries);
  }

  /** `text` with a soft hyphen at each division of the words the publication divides itself. */
  mark(text: string): string {
    if (this.divisions.size === 0) return text;
    return text.replace(WORD, (word) => {
      const normal = word.normalize('NFC');
      const breaks = this.divisions.get(hyphenationKey(normal));
      return breaks === undefined || breaks.length === 0 ? word : formatDivision({ word: normal, breaks }, SOFT_HYPHEN);
    });
  }
}
