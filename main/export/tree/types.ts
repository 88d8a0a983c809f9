/**
 * The document tree: a publication as both writers (PDF and DOCX) read it.
 * Layout-neutral — no sizes, no fonts — but everything resolved: material
 * boxes hold their items, chapters, figures and footnotes carry their numbers,
 * the table of contents knows its entries, and labels are in the publication's
 * language. A writer reads only this tree and a template.
 */
import type { Audience, ChapterKind, Consent, MaterialKind } from '../../model/index.js';
import type { ChartData, ChartKind } from '../../visuals/charts/types.js';
import type { Orientation } from '../../visuals/orientation.js';

export interface DocumentTree {
  readonly meta: DocumentMeta;
  readonly cover: Cover;
  /** Facts for the colophon page, plus the body of a colophon chapter if the project has one. */
  readonly colophon: Colophon;
  /** Chapters and sections in reading order, for the table of contents and bookmarks. */
  readonly toc: readonly TocEntry[];
  /** In reading order; a colophon chapter is not among them (see `colophon`). */
  readonly chapters: readonly ChapterNode[];
  /** Comment threads on the chapters, present only when comments were asked for. */
  readonly threads: readonly ThreadNode[];
  /** Fixed words the writers print ("Inhoud", "Figuur", …), in the publication's language. */
  readonly labels: Labels;
  /** The publication's own word divisions ("man-tel-zorg-on-der-steu-ning"; model/hyphenation.ts), for both writers. */
  readonly hyphenation: readonly string[];
  /** What could not be resolved (a box showing a deleted item, a figure without its visual). */
  readonly problems: readonly TreeProblem[];
}

export interface DocumentMeta {
  readonly title: string;
  readonly subtitle: string;
  /** The editors, as PDF author and DOCX creator. */
  readonly authors: readonly string[];
  readonly organisation: string;
  readonly year: number | null;
  readonly isbn: string | null;
  readonly licence: string;
  /** The description: PDF subject, DOCX description. */
  readonly description: string;
  readonly keywords: readonly string[];
  /** BCP 47, e.g. `nl-NL`. */
  readonly language: string;
}

export interface Cover {
  readonly title: string;
  readonly subtitle: string;
  /** "Redactie: A, B en C", or empty. */
  readonly editorsLine: string;
  readonly organisation: string;
  readonly year: string;
  /**
   * Set when material without consent is in this export (the editor chose a
   * draft edition): the writers print it on the cover, so the file cannot pass
   * for the publication. Empty otherwise.
   */
  readonly draftNote: string;
}

export interface Colophon {
  /** Label–value lines ("ISBN", "978-…"); only those with a value. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly blocks: readonly Block[];
}

export interface TocEntry {
  /** 1: a chapter, 2: a section in it. */
  readonly level: 1 | 2;
  /** "3" for the third numbered chapter; null for unnumbered ones (voorwoord, essay, sections). */
  readonly number: string | null;
  readonly title: string;
  /** The anchor of the chapter or section heading it points to. */
  readonly anchor: string;
  readonly chapterId: string;
}

export interface ChapterNode {
  readonly id: string;
  readonly kind: ChapterKind;
  /** Only chapters of kind `chapter` are numbered, 1, 2, 3 …; null for the rest. */
  readonly number: number | null;
  /** The kind's label above the title ("Hoofdstuk 3", "Essay", "Voorwoord"). */
  readonly label: string;
  readonly title: string;
  readonly byline: string;
  readonly anchor: string;
  readonly blocks: readonly Block[];
}

export type Block = Paragraph | Heading | Quote | List | Box | Figure;

export interface Paragraph {
  readonly type: 'paragraph';
  readonly content: readonly Inline[];
}

/** A heading inside a chapter: level 1 is a section, level 2 a subsection (the chapter title is above these). */
export interface Heading {
  readonly type: 'heading';
  readonly level: 1 | 2;
  readonly content: readonly Inline[];
  readonly anchor: string;
}

export interface Quote {
  readonly type: 'quote';
  readonly blocks: readonly Block[];
}

export interface List {
  readonly type: 'list';
  readonly ordered: boolean;
  /** The first item's number (ordered lists). */
  readonly start: number;
  readonly items: readonly (readonly Block[])[];
}

/** A kader: one or more material items in a frame, styled after the kind (or `mixed`). */
export interface Box {
  readonly type: 'box';
  readonly kind: MaterialKind | 'mixed';
  /** The kader's own title, or the kind's label for several items of one kind; null for one item (its title shows). */
  readonly title: string | null;
  readonly items: readonly BoxItem[];
}

export interface BoxItem {
  readonly id: string;
  readonly kind: MaterialKind;
  /** The kind's label ("Praktijkvoorbeeld"). */
  readonly kindLabel: string;
  readonly title: string;
  /** The item's parts in reading order: its body, then the kind's own fields under their labels. */
  readonly parts: readonly BoxPart[];
  /** Where it came from, printed small under the item ("Werkgroep Wonen, keukentafelgesprek, 12 maart 2025"); empty for none. */
  readonly source: string;
  /** For a quote: "— mantelzorger uit Gorinchem". For a recommendation: "Voor beleidsmakers". Empty otherwise. */
  readonly attribution: string;
  readonly audience: Audience | null;
  readonly consent: Consent;
}

/** A part of a box item: the body (label null) or a kind's field under its label ("Enerzijds", "Aanpak"). */
export interface BoxPart {
  readonly role: BoxPartRole;
  readonly label: string | null;
  readonly blocks: readonly Block[];
}

export type BoxPartRole =
  | 'body'
  | 'situation'
  | 'onOneHand'
  | 'onOtherHand'
  | 'question'
  | 'context'
  | 'approach'
  | 'outcome'
  | 'lessons';

export interface Figure {
  readonly type: 'figure';
  readonly visualId: string;
  /** Figures are numbered through the publication: 1, 2, 3 … */
  readonly number: number;
  readonly anchor: string;
  readonly title: string;
  readonly caption: string;
  readonly credit: string;
  readonly altText: string;
  readonly image: FigureImage;
}

export type FigureImage =
  | {
      readonly type: 'image';
      readonly mime: 'image/png' | 'image/jpeg' | 'image/svg+xml';
      readonly bytes: Uint8Array;
      /** Pixels as shown (SVG: user units). */
      readonly width: number;
      readonly height: number;
      /** A photo the camera turned: how its stored pixels turn upright (main/visuals/orientation.ts). */
      readonly orientation?: Orientation;
    }
  /**
   * A chart drawn from the project's data: `data` is counted and labelled
   * here, once; each writer lays it out at its own width with its own fonts
   * (`drawVisual` in main/visuals) and paints the resulting Drawing.
   */
  | { readonly type: 'chart'; readonly chart: ChartKind; readonly data: ChartData }
  /** The visual or its image is missing: writers show a visible placeholder. */
  | { readonly type: 'missing' };

export type Inline = Text | FootnoteRef | LineBreak;

export interface Text {
  readonly type: 'text';
  readonly text: string;
  readonly em: boolean;
  readonly strong: boolean;
  /** An external URL, or `#anchor` for a place in the publication. */
  readonly link: string | null;
  /** Ids of the comment threads whose passage includes this text (empty without comments). */
  readonly threadIds: readonly string[];
}

export interface FootnoteRef {
  readonly type: 'footnote';
  /** Numbered through the publication: 1, 2, 3 … */
  readonly number: number;
  /** The note's text; never contains footnotes or comments itself. */
  readonly content: readonly Text[];
  /** Threads whose passage covers the reference (a comment may not sit inside a note). */
  readonly threadIds: readonly string[];
}

export interface LineBreak {
  readonly type: 'break';
}

export interface ThreadNode {
  readonly id: string;
  readonly chapterId: string;
  /** False when no text in the chapter carries the thread's mark: writers put it at the chapter's start. */
  readonly anchored: boolean;
  readonly quote: string;
  readonly resolved: boolean;
  readonly comments: readonly CommentNode[];
}

export interface CommentNode {
  readonly id: string;
  readonly author: string;
  readonly initials: string;
  /** ISO 8601. */
  readonly date: string;
  readonly text: string;
}

export interface Labels {
  readonly contents: string;
  readonly figure: string;
  readonly colophon: string;
  readonly chapter: string;
  readonly page: string;
}

export interface TreeProblem {
  readonly code: 'missingItem' | 'missingVisual' | 'missingImage' | 'withoutConsent';
  readonly chapterId: string;
  readonly chapterTitle: string;
  /** The id that could not be resolved, or the item without consent. */
  readonly ref: string;
}
