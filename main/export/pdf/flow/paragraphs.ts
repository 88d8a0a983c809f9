// Paragraphs and headings into lines: text with its footnotes and links,
// forced line breaks set as separate stretches of one paragraph.
import { layoutParagraph, writeLines, type LineLayout, type WrittenLine } from '../text/index.js';
import { inlineRuns, paragraphOptions } from '../style/index.js';
import type { TextStyle } from '../../template/index.js';
import type { Heading, Inline } from '../../tree/types.js';
import type { FlowContext } from './context.js';
import type { BlockFrame } from './frame.js';
import { layoutNotes } from './notes.js';
import type { UnitList } from './unit-list.js';
import { headingType } from '../tagged/index.js';

/** Lines of the paragraph's text in `style` at the frame's measure, written. */
export function setInlines(
  content: readonly Inline[],
  style: TextStyle,
  frame: BlockFrame,
  ctx: FlowContext,
  firstLineIndent = 0,
): WrittenLine[] {
  const lines: LineLayout[] = [];
  inlineRuns(content, style, ctx.fonts, frame.overrides).forEach((runs, i) => {
    const options = paragraphOptions(style, frame.width, ctx.hyphenator, { firstLineIndent: i === 0 ? firstLineIndent : 0 });
    lines.push(...layoutParagraph(runs, options).lines);
  });
  return writeLines(lines, ctx.pdfFonts);
}

export function flowParagraph(content: readonly Inline[], frame: BlockFrame, indent: boolean, out: UnitList, ctx: FlowContext): void {
  const style = frame.text;
  const lines = setInlines(content, style, frame, ctx, indent ? frame.paragraphIndent : 0);
  if (lines.length === 0) return;
  out.gap(style.spaceBefore);
  const tag = frame.struct.add('P');
  // The notes follow their paragraph in reading order.
  out.lines(lines, frame.x, { role: 'body', tag, splittable: true, notes: layoutNotes(content, frame.struct, ctx) });
  out.gap(style.spaceAfter);
}

/** Headings keep with the first two lines of what follows them. */
export function flowHeading(heading: Heading, frame: BlockFrame, out: UnitList, ctx: FlowContext): void {
  const { section, subsection } = ctx.template.headings;
  const style = heading.level === 1 ? section : subsection;
  const lines = setInlines(heading.content, style, { ...frame, overrides: {} }, ctx);
  // An empty heading still carries its anchor: the table of contents points at it.
  if (lines.length === 0) {
    out.add('content', 0, { anchors: [heading.anchor] });
    return;
  }
  out.gap(style.spaceBefore);
  // Under the chapter's title (H1) a section is H2 and a subsection H3, never more than one below the last heading.
  const level = Math.min(heading.level + 1, out.headingLevel + 1);
  out.headingLevel = level;
  const tag = frame.struct.add(headingType(level));
  out.lines(lines, frame.x, {
    role: 'heading',
    tag,
    splittable: false,
    keepLines: 2,
    anchors: [heading.anchor],
    notes: layoutNotes(heading.content, frame.struct, ctx),
  });
  out.gap(style.spaceAfter);
}
