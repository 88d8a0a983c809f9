/**
 * A template: a house style as data. One template feeds both writers, so a
 * layout decision lives here and not in writer code. Page measures are in
 * millimetres (as a designer specifies a page); type sizes and spacing in points.
 */
import { z } from 'zod';
import { materialKinds } from '../../model/index.js';

/** The open-licence families that ship as npm packages (main/export/pdf/fonts/bundled.ts). */
export const FontName = z.enum(['Source Serif 4', 'Source Sans 3', 'Noto Sans']);
export type FontName = z.infer<typeof FontName>;

const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const Mm = z.number().min(0).max(1000);
const Pt = z.number().min(0).max(500);
const Size = z.number().min(4).max(200);
const Percent = z.number().min(0).max(100);

export type BoxKind = (typeof materialKinds)[number] | 'mixed';

/** How a piece of text is set. */
export const TextStyle = z.strictObject({
  font: FontName,
  size: Size,
  /** Baseline-to-baseline distance in points. */
  leading: Size,
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  color: Hex,
  align: z.enum(['justify', 'left', 'center', 'right']).default('left'),
  hyphenate: z.boolean().default(false),
  /** Small caps and tracking are not set; upper case is. */
  uppercase: z.boolean().default(false),
  spaceBefore: Pt.default(0),
  spaceAfter: Pt.default(0),
});
export type TextStyle = z.infer<typeof TextStyle>;

/** The colours and frame of one kind of box; the type inside boxes is shared (`Template.boxes`). */
export const BoxColors = z.strictObject({
  background: Hex,
  border: Hex,
  /** Which sides have the border: a full frame, a bar on the left, or rules above and below. */
  borderSides: z.enum(['all', 'left', 'topBottom']),
  /** Colour of the kind label and the part labels ("Enerzijds", "Aanpak"). */
  accent: Hex,
});
export type BoxColors = z.infer<typeof BoxColors>;

export const Template = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string(),
  page: z.strictObject({
    /** Trim size. */
    width: Mm.min(50),
    height: Mm.min(50),
    margins: z.strictObject({ top: Mm, bottom: Mm, inner: Mm, outer: Mm }),
    columns: z.union([z.literal(1), z.literal(2)]),
    columnGap: Mm,
    /** Where a chapter starts: on any new page, or on a right-hand (odd) page. */
    chapterStart: z.enum(['newPage', 'rightPage']),
    /** Bleed of the print edition. */
    bleed: Mm.max(10),
  }),
  colors: z.strictObject({ text: Hex, accent: Hex, muted: Hex, rule: Hex }),
  /**
   * The print edition's inks: for a colour of this template, the cyan,
   * magenta, yellow and black (in %) it is printed in. Text in near-black is
   * best printed in black alone; a colour without an ink goes to the press as
   * sRGB and is converted there.
   */
  inks: z.record(Hex, z.tuple([Percent, Percent, Percent, Percent])).default({}),
  body: TextStyle,
  /** Indent of a paragraph that follows another paragraph (points); the first after a heading is not indented. */
  paragraphIndent: Pt,
  chapter: z.strictObject({
    /** "Hoofdstuk 3" above the title. */
    label: TextStyle,
    title: TextStyle,
    byline: TextStyle,
    /** Space from the top margin to the chapter label, in points (a sunk chapter opening). */
    sink: Pt,
  }),
  headings: z.strictObject({ section: TextStyle, subsection: TextStyle }),
  quote: z.strictObject({ text: TextStyle, indent: Pt }),
  list: z.strictObject({ indent: Pt, bullet: z.string().min(1).max(3), itemSpacing: Pt }),
  footnotes: z.strictObject({
    text: TextStyle,
    /** Length of the rule above the notes, in points. */
    ruleLength: Pt,
    spaceAbove: Pt,
  }),
  boxes: z.strictObject({
    /** The text inside a box. */
    text: TextStyle,
    /** An item's title. */
    title: TextStyle,
    /** The kind label and part labels ("Praktijkvoorbeeld", "Enerzijds", "Context"). */
    label: TextStyle,
    /** Provenance and attribution lines. */
    source: TextStyle,
    /** Border width in points; 0 for none. */
    borderWidth: Pt,
    /** Inner padding in points. */
    padding: Pt,
    /** Space above and below a box, in points. */
    spacing: Pt,
    kinds: z.strictObject({
      ...Object.fromEntries(materialKinds.map((kind) => [kind, BoxColors])),
      mixed: BoxColors,
    } as Record<BoxKind, typeof BoxColors>),
  }),
  figure: z.strictObject({
    caption: TextStyle,
    credit: TextStyle,
    /** Largest height of the image as a fraction of the text area's height. */
    maxHeight: z.number().min(0.1).max(1),
    spacing: Pt,
  }),
  runningHead: z.strictObject({
    text: TextStyle,
    /** Distance of its baseline above the text area, in mm. */
    offset: Mm,
    /** What the running heads say: the publication title on the left page and the chapter title on the right, or the chapter title on both. */
    content: z.enum(['titleAndChapter', 'chapter']),
    rule: z.boolean(),
  }),
  folio: z.strictObject({
    text: TextStyle,
    /** Distance of its baseline below the text area, in mm. */
    offset: Mm,
    align: z.enum(['outer', 'center']),
  }),
  cover: z.strictObject({
    background: Hex,
    title: TextStyle,
    subtitle: TextStyle,
    editors: TextStyle,
    organisation: TextStyle,
  }),
  colophon: z.strictObject({
    /** The colophon is the back of the title page (page 2) or the last page. */
    placement: z.enum(['afterCover', 'end']),
    text: TextStyle,
    label: TextStyle,
  }),
  toc: z.strictObject({
    title: TextStyle,
    chapter: TextStyle,
    section: TextStyle,
    /** 1: chapters only; 2: chapters and their sections. */
    depth: z.union([z.literal(1), z.literal(2)]),
    /** Dot leaders between entry and page number. */
    leaders: z.boolean(),
  }),
});
export type Template = z.infer<typeof Template>;

