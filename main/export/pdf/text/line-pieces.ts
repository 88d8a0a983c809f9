// Collects what one chosen line contains: whole or partial words and spaces,
// with the hyphen and the diaeresis rule applied where the line was broken.
import { dropLeadingDiaeresis } from '../hyphenate/diaeresis.js';
import type { ShapedText } from '../fonts/shaped-text.js';
import { sliceShaped } from '../fonts/shaped-parts.js';
import type { LineBreak } from '../linebreak/knuth-plass.js';
import type { Itemized, Segment } from './itemize.js';
import { SOFT_HYPHEN } from './layout-types.js';
import type { RunStyle } from './style.js';

export type LinePiece =
  | { readonly kind: 'text'; readonly style: RunStyle; readonly shaped: ShapedText; readonly readAs: string | null }
  | { readonly kind: 'space'; readonly style: RunStyle; readonly width: number; readonly stretch: number; readonly shrink: number };

/** `dropDiaeresis`: the previous line broke before a diaeresis in this line's first word. */
export function linePieces(itemized: Itemized, brk: LineBreak, dropDiaeresis: boolean): LinePiece[] {
  const { items, contents } = itemized;
  const pieces: LinePiece[] = [];
  // The text part being gathered: parts of one word join again, so the word is drawn as the font shaped it.
  let segment: Segment | null = null;
  let from = 0;
  let to = 0;
  let first = true;
  // Where the last text part went: the hyphen a break adds follows it.
  let lastText = -1;
  const flush = (): void => {
    if (segment === null) return;
    pieces.push(textPiece(segment, from, to, first && dropDiaeresis));
    lastText = pieces.length - 1;
    first = false;
    segment = null;
  };
  for (let i = brk.start; i < brk.end; i++) {
    const content = contents[i];
    if (content === null || content === undefined) continue;
    if (content.kind === 'text') {
      if (segment === content.segment && to === content.from) {
        to = content.to;
      } else {
        flush();
        segment = content.segment;
        from = content.from;
        to = content.to;
      }
    } else if (content.kind === 'space') {
      const item = items[i]!;
      if (item.type !== 'glue') continue;
      flush();
      pieces.push({ kind: 'space', style: content.style, width: item.width, stretch: item.stretch, shrink: item.shrink });
    }
  }
  flush();

  // The hyphen the break added is a piece of its own, which may read as a soft hyphen (tj.ts).
  const endContent = contents[brk.end];
  const hyphen = endContent?.kind === 'break' ? endContent.hyphen : null;
  if (hyphen !== null && lastText >= 0) {
    const piece: LinePiece = { kind: 'text', style: hyphen, shaped: hyphen.face.shape('-'), readAs: SOFT_HYPHEN };
    if (lastText === pieces.length - 1) pieces.push(piece);
    else pieces.splice(lastText + 1, 0, piece);
  }
  return pieces;
}

/** The characters `from`–`to` of a segment; `dropDiaeresis`: the first of a line after a break before a diaeresis. */
function textPiece(segment: Segment, from: number, to: number, dropDiaeresis: boolean): LinePiece {
  const { face } = segment.style;
  if (dropDiaeresis) {
    // The spelling changes ("ordinatie"), so this part is shaped anew; a reader reads the word's own.
    const text = segment.text.slice(from, to);
    return { kind: 'text', style: segment.style, shaped: face.shape(dropLeadingDiaeresis(text)), readAs: text };
  }
  const shaped = sliceShaped(segment.shaped, from, to) ?? face.shape(segment.text.slice(from, to));
  return { kind: 'text', style: segment.style, shaped, readAs: null };
}
