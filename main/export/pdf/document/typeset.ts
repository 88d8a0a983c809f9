/**
 * Setting the assembly's own text — cover, colophon, table of contents, running
 * heads, folios — in a template's text styles, through the typesetter core.
 * The chapters' text is the flow's; this is only what lies around it.
 */
import type { PDFPage } from 'pdf-lib';
import { hexColor } from '../colour/index.js';
import type { FontName, TextStyle } from '../../template/index.js';
import type { Inline } from '../../tree/types.js';
import type { FontFamily, PdfFonts } from '../fonts/index.js';
import { DUTCH, type Hyphenator } from '../hyphenate/index.js';
import { drawLines, layoutParagraph, lineAt, type InlineRun, type LineLayout } from '../text/index.js';

/** The template's font families by name (the flow's TemplateFonts has this shape). */
export interface Families {
  family(name: FontName): FontFamily;
  readonly families: readonly FontFamily[];
}

/** Lines set in one style, each already placed for the style's alignment within `width`. */
export interface SetText {
  readonly lines: readonly LineLayout[];
  readonly height: number;
}

// Running heads, folios and the contents repeat the same few texts on every
// page and in every pass: set each once per export (the cache lives as long
// as the export's font set).
const plainCache = new WeakMap<Families, Map<string, SetText>>();

/**
 * Plain text in a style: titles, heads, facts and the contents' entries, which
 * the templates set whole (a template that divides them gets the patterns alone).
 */
export function setPlain(text: string, style: TextStyle, families: Families, width: number): SetText {
  let cache = plainCache.get(families);
  if (cache === undefined) {
    cache = new Map();
    plainCache.set(families, cache);
  }
  const key = `${styleKey(style)}|${width}|${text}`;
  let set = cache.get(key);
  if (set === undefined) {
    set = setRuns([{ text, em: false, strong: false }], style, families, width, DUTCH);
    cache.set(key, set);
  }
  return set;
}

const styleKeys = new WeakMap<TextStyle, string>();

/** A style as text, once per style object: the contents ask for a thousand texts in a few styles, in every pass. */
function styleKey(style: TextStyle): string {
  let key = styleKeys.get(style);
  if (key === undefined) {
    key = JSON.stringify(style);
    styleKeys.set(style, key);
  }
  return key;
}

/** Inline content (emphasis, links, note references) in a style, its words divided as the publication divides them. */
export function setInline(content: readonly Inline[], style: TextStyle, families: Families, width: number, hyphenator: Hyphenator): SetText {
  const runs: { text: string; em: boolean; strong: boolean; link?: string; superscript?: boolean }[] = [];
  for (const inline of content) {
    if (inline.type === 'text') runs.push({ text: inline.text, em: inline.em, strong: inline.strong, ...(inline.link ? { link: inline.link } : {}) });
    else if (inline.type === 'footnote') runs.push({ text: String(inline.number), em: false, strong: false, superscript: true });
    // A forced line break has no place in this furniture text; a space keeps the words apart.
    else runs.push({ text: ' ', em: false, strong: false });
  }
  return setRuns(runs, style, families, width, hyphenator);
}

interface Run {
  readonly text: string;
  readonly em: boolean;
  readonly strong: boolean;
  readonly link?: string;
  readonly superscript?: boolean;
}

function setRuns(runs: readonly Run[], style: TextStyle, families: Families, width: number, hyphenator: Hyphenator): SetText {
  const family = families.family(style.font);
  const color = hexColor(style.color);
  const inline: InlineRun[] = runs.map((run) => ({
    text: style.uppercase ? run.text.toLocaleUpperCase('nl-NL') : run.text,
    style: {
      family,
      size: style.size,
      color,
      bold: style.bold || run.strong,
      italic: style.italic !== run.em,
      ...(run.link === undefined ? {} : { link: run.link }),
    },
    ...(run.superscript ? { superscript: true } : {}),
  }));
  const layout = layoutParagraph(inline, {
    width,
    align: style.align === 'justify' ? 'justify' : 'left',
    hyphenate: style.hyphenate,
    hyphenator,
    leading: style.leading,
  });
  const lines = layout.lines.map((line) => aligned(line, style.align, width));
  return { lines, height: layout.height };
}

function aligned(line: LineLayout, align: TextStyle['align'], width: number): LineLayout {
  if (align === 'center') return lineAt(line, line.left + (width - line.width) / 2);
  if (align === 'right') return lineAt(line, line.left + width - line.width);
  return line;
}

/** The natural width of the widest line. */
export function widthOf(set: SetText): number {
  return Math.max(0, ...set.lines.map((line) => line.left + line.width));
}

/** Draws the lines from `top` (PDF y); returns the y below them. */
export function draw(page: PDFPage, set: SetText, x: number, top: number, fonts: PdfFonts): number {
  return drawLines(page, set.lines, x, top, fonts);
}
