// A template's text style as the typesetter takes it: run styles for the
// inline text, and paragraph options for the lines.
import { hexColor } from '../colour/index.js';
import type { Hyphenator } from '../hyphenate/index.js';
import type { ParagraphOptions, TextStyle as RunTextStyle } from '../text/index.js';
import type { TextStyle } from '../../template/index.js';
import type { TemplateFonts } from './fonts.js';

/** What a piece of text may change of its style: a kader's accent colour, emphasis. */
export interface StyleOverrides {
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: string;
}

const runStyles = new WeakMap<TemplateFonts, Map<string, RunTextStyle>>();

/** One object per distinct style, so the typesetter resolves each style once and shares its word caches. */
export function runStyle(style: TextStyle, fonts: TemplateFonts, overrides: StyleOverrides = {}): RunTextStyle {
  let styles = runStyles.get(fonts);
  if (styles === undefined) {
    styles = new Map();
    runStyles.set(fonts, styles);
  }
  const bold = overrides.bold ?? style.bold;
  const italic = overrides.italic ?? style.italic;
  const color = overrides.color ?? style.color;
  const key = `${fontAndSize(style)}|${bold}|${italic}|${color}|${overrides.link ?? ''}`;
  let found = styles.get(key);
  if (found === undefined) {
    found = makeRunStyle(style, fonts, overrides);
    styles.set(key, found);
  }
  return found;
}

const fontsAndSizes = new WeakMap<TextStyle, string>();

/** The start of a style's key, made once per template style: a size written as text (10.5) cost more than the rest of the key. */
function fontAndSize(style: TextStyle): string {
  let known = fontsAndSizes.get(style);
  if (known === undefined) {
    known = `${style.font}|${style.size}`;
    fontsAndSizes.set(style, known);
  }
  return known;
}

function makeRunStyle(style: TextStyle, fonts: TemplateFonts, overrides: StyleOverrides): RunTextStyle {
  return {
    family: fonts.family(style.font),
    size: style.size,
    bold: overrides.bold ?? style.bold,
    italic: overrides.italic ?? style.italic,
    color: hexColor(overrides.color ?? style.color),
    // Present when undefined too: one shape for every run's style.
    link: overrides.link,
  };
}

export interface ParagraphExtras {
  readonly firstLineIndent?: number;
}

export function paragraphOptions(style: TextStyle, width: number, hyphenator: Hyphenator, extras: ParagraphExtras = {}): ParagraphOptions {
  return {
    width,
    align: style.align,
    hyphenate: style.hyphenate,
    hyphenator,
    leading: style.leading,
    firstLineIndent: extras.firstLineIndent ?? 0,
  };
}

/** Upper case as the template asks, Dutch rules ("ij" → "IJ"). */
export function styledText(text: string, style: TextStyle): string {
  return style.uppercase ? text.toLocaleUpperCase('nl') : text;
}
