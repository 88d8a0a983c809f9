/**
 * What the flow hands the document assembly: a chapter's content set into the
 * text area of successive pages. Everything is positioned in points relative
 * to the text area's top-left corner, y growing downwards; the assembly places
 * the area on the page (inner/outer margins, bleed) and adds the furniture
 * (running heads, folios, TOC, bookmarks, link annotations).
 */
import type { WrittenLine } from '../text/index.js';
import type { FigureImage } from '../../tree/types.js';
import type { Drawing } from '../../../visuals/drawing.js';
import type { StructNode } from '../tagged/index.js';

export interface FlowPage {
  readonly chapterId: string;
  /** The chapter's first page: the assembly prints no running head on it. */
  readonly opensChapter: boolean;
  /** Drawn in order (backgrounds before the text on them). */
  readonly items: readonly Placed[];
  /** Chapter, section and figure anchors whose target lies on this page, with their y. */
  readonly anchors: readonly PlacedAnchor[];
  /** Areas that link somewhere: an external URL or `#anchor`. */
  readonly links: readonly PlacedLink[];
}

export type Placed = PlacedLines | PlacedRect | PlacedRule | PlacedImage | PlacedDrawing | PlacedPlaceholder;

/** Set lines stacked downwards from `y` (the top of the first line box). */
export interface PlacedLines {
  readonly kind: 'lines';
  readonly x: number;
  readonly y: number;
  readonly lines: readonly WrittenLine[];
  /** What the lines are, for the layout audit. */
  readonly role?: LinesRole;
  /** The element of the logical structure the lines are content of; untagged lines are an artifact. */
  readonly tag?: StructNode;
  /** Lines of paragraph text that a page break may split: which lines of how many (0-based `first`). */
  readonly paragraph?: { readonly id: number; readonly first: number; readonly total: number };
  /** The figure a caption or credit belongs to. */
  readonly figure?: number;
}

export type LinesRole =
  | 'title'
  | 'heading'
  | 'label'
  | 'body'
  | 'marker'
  | 'caption'
  | 'source'
  | 'note'
  | 'noteNumber';

/** A filled and/or stroked rectangle; `sides` limits the stroke (a box frame continued across a page break has no top or bottom edge there). */
export interface PlacedRect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** #rrggbb or null. */
  readonly fill: string | null;
  readonly stroke: string | null;
  readonly strokeWidth: number;
  readonly sides: { readonly top: boolean; readonly right: boolean; readonly bottom: boolean; readonly left: boolean };
}

export interface PlacedRule {
  readonly kind: 'rule';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly color: string;
  readonly width: number;
}

export interface PlacedImage {
  readonly kind: 'image';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly image: Extract<FigureImage, { type: 'image' }>;
  /** For the report: the image's effective resolution at its placed size. */
  readonly dpi: number;
  readonly figure?: number;
  /** The Figure element it paints. */
  readonly tag?: StructNode;
  /** Shown instead of the image when its bytes do not decode. */
  readonly fallbackLabel?: string;
}

/** A chart laid out at the measure: painted as vector paths and text, `width` points wide. */
export interface PlacedDrawing {
  readonly kind: 'drawing';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly drawing: Drawing;
  readonly figure?: number;
  readonly tag?: StructNode;
}

/** A visible stand-in for an image that is missing or does not decode. */
export interface PlacedPlaceholder {
  readonly kind: 'placeholder';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
  readonly figure?: number;
  readonly tag?: StructNode;
}

export interface PlacedAnchor {
  readonly anchor: string;
  readonly y: number;
}

export interface PlacedLink {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly target: string;
  /** The text the link is over, its description for a screen reader. */
  readonly text: string;
  /** The element whose text carries the link. */
  readonly tag?: StructNode;
}

/**
 * What the engine checks of its own result: the layout audit of the issue's
 * "Done when". Data, not sentences: the export's notes say each finding in
 * the editor's language.
 */
export type AuditFinding = AuditPlace & AuditProblem;

export interface AuditPlace {
  readonly chapterId: string;
  /** 1-based page in the chapter's flow. */
  readonly page: number;
}

export type AuditProblem =
  /** A line wider than its measure (`text`: the line), or content past the foot of the text area (`text`: null); `amount` in pt, to a tenth. */
  | { readonly rule: 'overfull'; readonly amount: number; readonly text: string | null }
  /** One line of a paragraph alone at the top of the page. */
  | { readonly rule: 'widow'; readonly text: string }
  /** A paragraph's first line alone at the foot of the page. */
  | { readonly rule: 'orphan'; readonly text: string }
  /** A heading last on a page, its text on the next. */
  | { readonly rule: 'headingLast'; readonly text: string }
  /** A figure not whole on one page: its number, and its pages (1-based in the chapter's flow, ascending; `page` is the first). */
  | { readonly rule: 'splitFigure'; readonly figure: number; readonly pages: readonly number[] };
