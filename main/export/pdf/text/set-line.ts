// Sets one line: spaces widened or narrowed to the measure (justified) or left
// natural (ragged), pieces grouped into runs of one style, the line box measured.
import type { GlyphRun, LineLayout, RunPart } from './layout-types.js';
import type { LinePiece } from './line-pieces.js';
import { leftProtrusion, rightProtrusion } from './protrusion.js';
import type { RunStyle } from './style.js';

export interface LineFrame {
  readonly left: number;
  readonly measure: number;
  readonly justify: boolean;
  /** How far the glyphs may widen or narrow to justify the line, as a fraction of their width. */
  readonly expansion: number;
  /** The paragraph's last line keeps its natural spacing. */
  readonly last: boolean;
  readonly hyphenated: boolean;
  readonly endsInWord: boolean;
  readonly overfull: boolean;
}

/** The paragraph's strut: every line box is at least this tall, as in TeX. */
export interface Strut {
  readonly leading: number;
  readonly ascent: number;
  readonly descent: number;
}

export function setLine(pieces: readonly LinePiece[], frame: LineFrame, strut: Strut): LineLayout {
  // Plain loops over the pieces: this runs for every line of the publication.
  const widths = new Array<number>(pieces.length);
  let naturalWidth = 0;
  let textWidth = 0;
  let stretch = 0;
  let shrink = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'text') {
      widths[i] = p.style.face.toPoints(p.shaped.width, p.style.size);
      textWidth += widths[i]!;
    } else {
      widths[i] = p.width;
      stretch += p.stretch;
      shrink += p.shrink;
    }
    naturalWidth += widths[i]!;
  }
  // A justified line's outer characters hang into the margins (protrusion.ts);
  // the last line of a paragraph is not flush at the right, so nothing hangs there.
  const protrusion = frame.justify ? edgeProtrusion(pieces, frame.last) : NO_PROTRUSION;
  // Measured from the shaped text actually drawn (hyphen and diaeresis rule
  // included), so a justified line ends exactly at the measure.
  const gap = frame.measure + protrusion.left + protrusion.right - naturalWidth;
  let scale = 1;
  if (frame.justify && (gap < 0 || !frame.last)) {
    // The glyphs take their share of the gap as the breaker reckoned it, at
    // most their whole expansion; the spaces take the rest.
    const lent = textWidth * frame.expansion;
    const flex = (gap > 0 ? stretch : shrink) + lent;
    if (flex > 0) {
      // The breaker measured word parts inside whole words; the drawn parts
      // (with their hyphen) may differ by a kern, which the shrink absorbs.
      // Only a line that is overfull anyway keeps its spaces from collapsing.
      const ratio = gap > 0 || !frame.overfull ? gap / flex : Math.max(gap / flex, -1);
      // In thousandths, as the text matrix is written: the spaces make up the rounding.
      scale = 1 + Math.round(Math.max(-1, Math.min(1, ratio)) * frame.expansion * 1000) / 1000;
      const spaceFlex = gap > 0 ? stretch : shrink;
      const rest = spaceFlex > 0 ? (gap - (scale - 1) * textWidth) / spaceFlex : 0;
      const spaceRatio = gap > 0 || !frame.overfull ? rest : Math.max(rest, -1);
      for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i]!;
        if (p.kind === 'space') widths[i] = p.width + (gap > 0 ? p.stretch : p.shrink) * spaceRatio;
        else widths[i] = widths[i]! * scale;
      }
    }
  }

  const runs: GlyphRun[] = [];
  let x = -protrusion.left;
  let current: { style: RunStyle; x: number; width: number; scale: number; parts: RunPart[] } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const width = widths[i]!;
    if (current === null || current.style.key !== piece.style.key) {
      current = { style: piece.style, x, width: 0, scale, parts: [] };
      runs.push(current);
    }
    if (piece.kind === 'space') current.parts.push({ kind: 'space', width });
    else current.parts.push({ kind: 'text', shaped: piece.shaped, readAs: piece.readAs });
    current.width += width;
    x += width;
  }

  let ascent = strut.ascent;
  let descent = strut.descent;
  for (const run of runs) {
    const { face, size, rise } = run.style;
    ascent = Math.max(ascent, face.toPoints(face.ascent, size) + rise);
    descent = Math.max(descent, face.toPoints(face.descent, size) - rise);
  }
  // Half the leading above the strut, half below; taller content pushes out.
  const halfLeading = (strut.leading - strut.ascent - strut.descent) / 2;
  return {
    left: frame.left,
    measure: frame.measure,
    width: x + protrusion.left,
    naturalWidth,
    protrusion,
    height: halfLeading * 2 + ascent + descent,
    baseline: halfLeading + ascent,
    hyphenated: frame.hyphenated,
    endsInWord: frame.endsInWord,
    overfull: frame.overfull,
    runs,
  };
}

const NO_PROTRUSION = { left: 0, right: 0 } as const;

/** How far the line's first and (unless `last`) last characters hang into the margins, in points. */
function edgeProtrusion(pieces: readonly LinePiece[], last: boolean): { left: number; right: number } {
  let left = 0;
  let right = 0;
  const first = pieces.find((p) => p.kind === 'text');
  if (first?.kind === 'text' && first.shaped.glyphCount > 0) {
    const { face, size } = first.style;
    left = leftProtrusion(first.shaped.glyphTexts[0]!, face.toPoints(first.shaped.advances[0]!, size));
  }
  const end = pieces.at(-1);
  if (!last && end?.kind === 'text' && end.shaped.glyphCount > 0 && end.style.rise === 0) {
    const { face, size } = end.style;
    const n = end.shaped.glyphCount - 1;
    right = rightProtrusion(end.shaped.glyphTexts[n]!, face.toPoints(end.shaped.advances[n]!, size));
  }
  return left === 0 && right === 0 ? NO_PROTRUSION : { left, right };
}
