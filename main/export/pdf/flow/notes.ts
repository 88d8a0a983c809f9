// Footnotes set for the foot of the page: the number in a hanging column, the
// note's text beside it, in the template's footnote style.
import { layoutParagraph, writeLines } from '../text/index.js';
import { inlineRuns, paragraphOptions, plainRuns } from '../style/index.js';
import type { Inline } from '../../tree/types.js';
import type { FlowContext } from './context.js';
import type { NoteLayout } from './units.js';
import type { StructNode } from '../tagged/index.js';

/** The notes referenced in `inlines`, set once each, by number; each a Note element added to `parent`. */
export function layoutNotes(inlines: readonly Inline[], parent: StructNode, ctx: FlowContext): Map<number, NoteLayout> {
  const notes = new Map<number, NoteLayout>();
  for (const inline of inlines) {
    if (inline.type !== 'footnote') continue;
    const style = ctx.template.footnotes.text;
    const hang = noteHang(ctx);
    const number = layoutParagraph(plainRuns(String(inline.number), style, ctx.fonts), {
      ...paragraphOptions(style, hang, ctx.hyphenator),
      align: 'left',
      hyphenate: false,
    });
    const lines = writeLines(
      inlineRuns(inline.content, style, ctx.fonts).flatMap((runs) => layoutParagraph(runs, paragraphOptions(style, ctx.width - hang, ctx.hyphenator)).lines),
      ctx.pdfFonts,
    );
    const numberLine = writeLines(number.lines.slice(0, 1), ctx.pdfFonts)[0];
    if (numberLine === undefined || lines.length === 0) continue;
    const tag = parent.add('Note', { id: `note-${inline.number}` });
    notes.set(inline.number, { number: inline.number, numberLine, lines, hang, tag });
  }
  return notes;
}

/** Room for a two-digit number and a gap of half an em. */
export function noteHang(ctx: FlowContext): number {
  const style = ctx.template.footnotes.text;
  const face = ctx.fonts.family(style.font).regular;
  return face.widthOf('00', style.size) + style.size / 2;
}

export function linesHeight(lines: readonly { readonly height: number }[], from = 0, to = lines.length): number {
  let height = 0;
  for (let i = from; i < to; i++) height += lines[i]!.height;
  return height;
}
