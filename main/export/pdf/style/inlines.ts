// The document tree's inline content as the typesetter's runs: emphasis to
// faces, links kept on their runs, footnote references as superscript numbers.
// A forced line break ends a stretch: each stretch is set as its own paragraph.
import type { InlineRun } from '../text/index.js';
import type { Inline } from '../../tree/types.js';
import type { TextStyle } from '../../template/index.js';
import type { TemplateFonts } from './fonts.js';
import { runStyle, styledText, type StyleOverrides } from './text-style.js';

/** Runs between forced line breaks; never empty (an empty paragraph gives one empty stretch). */
export function inlineRuns(
  inlines: readonly Inline[],
  style: TextStyle,
  fonts: TemplateFonts,
  overrides: StyleOverrides = {},
): InlineRun[][] {
  const stretches: InlineRun[][] = [[]];
  const baseBold = overrides.bold ?? style.bold;
  const baseItalic = overrides.italic ?? style.italic;
  for (const inline of inlines) {
    const current = stretches[stretches.length - 1]!;
    if (inline.type === 'break') {
      stretches.push([]);
    } else if (inline.type === 'footnote') {
      current.push({ text: String(inline.number), style: runStyle(style, fonts, overrides), superscript: true });
    } else if (inline.text !== '') {
      current.push({
        text: styledText(inline.text, style),
        style: runStyle(style, fonts, {
          ...overrides,
          bold: baseBold || inline.strong,
          // Emphasis inside italic text is set upright, as in print.
          italic: inline.em ? !baseItalic : baseItalic,
          link: inline.link ?? undefined,
        }),
      });
    }
  }
  return stretches;
}

/** A plain string in a style, as one stretch. */
export function plainRuns(text: string, style: TextStyle, fonts: TemplateFonts, overrides: StyleOverrides = {}): InlineRun[] {
  return text === '' ? [] : [{ text: styledText(text, style), style: runStyle(style, fonts, overrides) }];
}
