/**
 * The logical structure of a publication, as a tagged PDF states it for screen
 * readers and reflow: which text is a heading, a paragraph, a list, a kader, a
 * figure with its alternative text, a footnote. The flow builds it while it
 * sets the chapters, in reading order; a `Tagger` ties each node to the marked
 * content that paints it, per document. Nodes hold no document objects, so
 * the structure of a chapter does not depend on the file it is written into.
 */

/** The standard structure types of PDF 1.7 (14.8.4) that a publication uses. */
export type StructType =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'Art'
  | 'BlockQuote'
  | 'TOC'
  | 'TOCI'
  | HeadingType
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Figure'
  | 'Caption'
  | 'Note'
  | 'Link';

export type HeadingType = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6';

export interface StructAttributes {
  /** Alternative text: what a figure shows, read instead of its content. */
  readonly alt?: string;
  /** An identifier unique in the document (PDF/UA asks one of every note). */
  readonly id?: string;
}

export class StructNode {
  /** Child elements in reading order; a document's marked content goes before them (see `Tagger`). */
  readonly children: StructNode[] = [];

  constructor(
    readonly type: StructType,
    readonly attributes: StructAttributes = {},
  ) {}

  /** `child`, made elsewhere (a chapter's structure, by the flow), as the last child. */
  adopt(child: StructNode): void {
    this.children.push(child);
  }

  /** A new last child. */
  add(type: StructType, attributes: StructAttributes = {}): StructNode {
    const child = new StructNode(type, attributes);
    this.children.push(child);
    return child;
  }
}

/** H1 … H6; a deeper level is set as H6, as PDF 1.7 has no more. */
export function headingType(level: number): HeadingType {
  return `H${Math.min(6, Math.max(1, Math.round(level)))}` as HeadingType;
}
