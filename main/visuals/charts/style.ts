/**
 * A chart's look, taken from the template: the caption's family for every
 * label (charts sit next to captions and read as part of the figure), the
 * template's text, muted and rule colours, and the box kinds' colours as the
 * categorical palette, so a chart belongs to the house style it is set in.
 */
import type { Template } from '../../export/template/schema.js';
import type { Face, Hex } from '../drawing.js';

export interface ChartStyle {
  readonly face: Face;
  readonly bold: Face;
  /** Row and column labels. */
  readonly size: number;
  /** Ticks, counts, legends. */
  readonly small: number;
  readonly text: Hex;
  readonly muted: Hex;
  readonly rule: Hex;
  readonly accent: Hex;
  /** Distinct colours for categories (session kinds): strong, then their light backgrounds. */
  readonly palette: readonly Hex[];
  readonly paletteLight: readonly Hex[];
  /** Formal, hybrid, informal: strong and light. */
  readonly positions: readonly Hex[];
  readonly positionsLight: readonly Hex[];
}

export function chartStyle(template: Template): ChartStyle {
  const caption = template.figure.caption;
  const kinds = template.boxes.kinds;
  const categorical = [kinds.story, kinds.dilemma, kinds.practiceExample, kinds.solutionDirection, kinds.recommendation, kinds.mixed];
  const spectrum = [kinds.solutionDirection, kinds.story, kinds.dilemma];
  const size = Math.max(6.5, Math.min(caption.size, 9));
  return {
    face: { family: caption.font, bold: false, italic: false },
    bold: { family: caption.font, bold: true, italic: false },
    size,
    small: Math.max(6, size * 0.85),
    text: hex(template.colors.text),
    muted: hex(template.colors.muted),
    rule: hex(template.colors.rule),
    accent: hex(template.colors.accent),
    palette: categorical.map((k) => hex(k.border)),
    paletteLight: categorical.map((k) => hex(k.background)),
    positions: spectrum.map((k) => hex(k.border)),
    positionsLight: spectrum.map((k) => hex(k.background)),
  };
}

function hex(color: string): Hex {
  return color.toLowerCase() as Hex;
}
