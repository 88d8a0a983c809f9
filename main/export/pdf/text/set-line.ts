// Sets one line: spaces widened or narrowed to the measure (justified) or left
// natural (ragged), pieces grouped into runs of one style, the line box measured.
import type { GlyphRun, LineLayout, RunPart } from './layout-types.js';
import type { LinePiece } from './line-pieces.js';
import type { RunStyle } from './style.js';

export interface LineFrame {
  readonly left: number;
  readonly measure: number;
  readonly justify: boolean;
  /** The paragraph's last line keeps its natural spacing. */
  readonly last: boolean;
  readonly hyphenated: boolean;
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
  let stretch = 0;
  let shrink = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'text') {
      widths[i] = p.style.face.toPoints(p.shaped.width, p.style.size);
    } else {
      widths[i] = p.width;
      stretch += p.stretch;
      shrink += p.shrink;
    }
    naturalWidth += widths[i]!;
  }
  // Measured from the shaped text actually drawn (hyphen and diaeresis rule
  // included), so a justified line ends exactly at the measure.
  const gap = frame.measure - naturalWidth;
  if (frame.justify && (gap < 0 || !frame.last)) {
    const flex = gap > 0 ? stretch : shrink;
    if (flex > 0) {
      // The breaker measured word parts inside whole words; the drawn parts
      // (with their hyphen) may differ by a kern, which the shrink absorbs.
      // Only a line that is overfull anyway keeps its spaces from collapsing.
      const ratio = gap > 0 || !frame.overfull ? gap / flex : Math.max(gap / flex, -1);
      for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i]!;
        if (p.kind === 'space') widths[i] = p.width + (gap > 0 ? p.stretch : p.shrink) * ratio;
      }
    }
  }

  const runs: GlyphRun[] = [];
  let x = 0;
  let current: { style: RunStyle; x: number; width: number; parts: RunPart[] } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const width = widths[i]!;
    if (current === null || current.style.key !== piece.style.key) {
      current = { style: piece.style, x, width: 0, parts: [] };
      runs.push(current);
    }
    current.parts.push(piece.kind === 'text' ? { kind: 'text', shaped: piece.shaped } : { kind: 'space', width });
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
    width: x,
    naturalWidth,
    height: halfLeading * 2 + ascent + descent,
    baseline: halfLeading + ascent,
    hyphenated: frame.hyphenated,
    overfull: frame.overfull,
    runs,
  };
}
