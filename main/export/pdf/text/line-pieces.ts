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

interface Span {
  segment: Segment;
  from: number;
  to: number;
}

/** `dropDiaeresis`: the previous line broke before a diaeresis in this line's first word. */
export function linePieces(itemized: Itemized, brk: LineBreak, dropDiaeresis: boolean): LinePiece[] {
  const { items, contents } = itemized;
  const raw: Array<Span | LinePiece> = [];
  let span: Span | null = null;
  for (let i = brk.start; i < brk.end; i++) {
    const content = contents[i];
    const item = items[i]!;
    if (content?.kind === 'text') {
      // Parts of one word join again, so the word is drawn as the font shaped it.
      if (span !== null && span.segment === content.segment && span.to === content.from) {
        span.to = content.to;
      } else {
        span = { segment: content.segment, from: content.from, to: content.to };
        raw.push(span);
      }
    } else if (content?.kind === 'space' && item.type === 'glue') {
      span = null;
      raw.push({ kind: 'space', style: content.style, width: item.width, stretch: item.stretch, shrink: item.shrink });
    }
  }

  const endContent = contents[brk.end];
  const hyphen = endContent?.kind === 'break' ? endContent.hyphen : null;
  const firstText = raw.findIndex((p) => !('kind' in p));
  let lastText = -1;
  raw.forEach((p, index) => {
    if (!('kind' in p)) lastText = index;
  });

  const pieces: LinePiece[] = [];
  raw.forEach((piece, index) => {
    if ('kind' in piece) {
      pieces.push(piece);
      return;
    }
    const { segment, from, to } = piece;
    const { face } = segment.style;
    if (index === firstText && dropDiaeresis) {
      // The spelling changes ("ordinatie"), so this part is shaped anew; a reader reads the word's own.
      const text = segment.text.slice(from, to);
      pieces.push({ kind: 'text', style: segment.style, shaped: face.shape(dropLeadingDiaeresis(text)), readAs: text });
    } else {
      const shaped = sliceShaped(segment.shaped, from, to) ?? face.shape(segment.text.slice(from, to));
      pieces.push({ kind: 'text', style: segment.style, shaped, readAs: null });
    }
    // The hyphen the break added is a piece of its own, which may read as a soft hyphen (tj.ts).
    if (index === lastText && hyphen !== null) pieces.push({ kind: 'text', style: hyphen, shaped: hyphen.face.shape('-'), readAs: SOFT_HYPHEN });
  });
  return pieces;
}
