// What the document tree hands the typesetter: runs of text with a style.
import { colorToComponents, rgb, type Color } from 'pdf-lib';
import { faceFor, type FontFamily } from '../fonts/font-family.js';
import type { FontFace } from '../fonts/font-face.js';

export interface TextStyle {
  readonly family: FontFamily;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size: number;
  readonly color?: Color;
  /** Target of a hyperlink; the runs keep it so link areas can be annotated. */
  readonly link?: string;
}

export interface InlineRun {
  readonly text: string;
  readonly style: TextStyle;
  /** Set small and raised, as a footnote reference number. */
  readonly superscript?: boolean;
}

/** A run's style resolved to a face and the numbers drawing needs. */
export interface RunStyle {
  /** Equal keys draw identically, so neighbouring pieces may share one text run. */
  readonly key: string;
  readonly face: FontFace;
  /** Size the glyphs are set at (smaller for a superscript). */
  readonly size: number;
  /** Baseline shift in points (PDF text rise). */
  readonly rise: number;
  readonly color: Color;
  readonly link: string | undefined;
  /** Natural word space and hyphen widths in points, needed for every word. */
  readonly spaceWidth: number;
  readonly hyphenWidth: number;
}

const SUPERSCRIPT_SCALE = 0.65;
const SUPERSCRIPT_RISE = 0.3;
const BLACK = rgb(0, 0, 0);

const resolved = new WeakMap<TextStyle, { plain?: RunStyle; superscript?: RunStyle }>();

/** Resolved once per style object: callers that share style objects share run styles (and the word caches keyed by them). */
export function resolveStyle(run: InlineRun): RunStyle {
  let entry = resolved.get(run.style);
  if (entry === undefined) {
    entry = {};
    resolved.set(run.style, entry);
  }
  const which = run.superscript === true ? 'superscript' : 'plain';
  return (entry[which] ??= resolveAnew(run));
}

function resolveAnew(run: InlineRun): RunStyle {
  const { style } = run;
  const face = faceFor(style.family, style.bold === true, style.italic === true);
  const size = run.superscript === true ? style.size * SUPERSCRIPT_SCALE : style.size;
  const rise = run.superscript === true ? style.size * SUPERSCRIPT_RISE : 0;
  const color = style.color ?? BLACK;
  const key = [face.id, size, rise, colorKey(color), style.link ?? ''].join('|');
  return {
    key,
    face,
    size,
    rise,
    color,
    link: style.link,
    spaceWidth: face.widthOf(' ', size),
    hyphenWidth: face.widthOf('-', size),
  };
}

/** Equal for colours that draw alike; made once per colour object (a text's colour is compared at every run). */
export function colorKey(color: Color): string {
  let key = colorKeys.get(color);
  if (key === undefined) {
    key = `${color.type}(${colorToComponents(color).join(',')})`;
    colorKeys.set(color, key);
  }
  return key;
}

const colorKeys = new WeakMap<Color, string>();
