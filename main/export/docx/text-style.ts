/** A template's TextStyle as Word run and paragraph properties. */
import { AlignmentType, LineRuleType, type IParagraphStylePropertiesOptions, type IRunStylePropertiesOptions } from 'docx';
import type { TextStyle } from '../template/index.js';
import { halfPoints, hex, twip } from './units.js';

const alignments = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export function runOf(style: TextStyle): IRunStylePropertiesOptions {
  return {
    font: style.font,
    size: halfPoints(style.size),
    bold: style.bold,
    italics: style.italic,
    color: hex(style.color),
    // Display caps: the text itself keeps its case, so search, pandoc and a
    // change of style later still see the words as written.
    allCaps: style.uppercase,
  };
}

/**
 * The leading is exact, as in the PDF: Word then keeps the baseline grid the
 * designer asked for whatever font the reader's Word falls back to.
 */
export function paragraphOf(style: TextStyle): IParagraphStylePropertiesOptions {
  return {
    alignment: alignments[style.align],
    spacing: {
      before: twip(style.spaceBefore),
      after: twip(style.spaceAfter),
      line: twip(style.leading),
      lineRule: LineRuleType.EXACT,
    },
  };
}
