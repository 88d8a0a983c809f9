// The posters' paragraphs, each distinct one set once per export: the
// publication's name, its imprint and licence are the same on every poster,
// and a caption is set twice per poster (its measure follows the visual's
// width), mostly at the same measure both times.
import type { TextStyle } from '../template/index.js';
import type { Hyphenator } from '../pdf/hyphenate/index.js';
import { layoutParagraph, type LineLayout } from '../pdf/text/index.js';
import { paragraphOptions, plainRuns, type TemplateFonts } from '../pdf/style/index.js';

export class PosterParagraphs {
  private readonly set = new Map<string, readonly LineLayout[]>();

  constructor(
    private readonly fonts: TemplateFonts,
    /** The publication's own word divisions before the patterns, as in the book. */
    private readonly hyphenator: Hyphenator,
  ) {}

  /** `text` set in `style` at `width` points; no lines for blank text. Set lines are only read, so posters share them. */
  lines(text: string, style: TextStyle, width: number): readonly LineLayout[] {
    if (text.trim() === '') return [];
    const key = `${width}\n${JSON.stringify(style)}\n${text}`;
    let lines = this.set.get(key);
    if (lines === undefined) {
      lines = layoutParagraph(plainRuns(text, style, this.fonts), paragraphOptions(style, width, this.hyphenator)).lines;
      this.set.set(key, lines);
    }
    return lines;
  }
}
