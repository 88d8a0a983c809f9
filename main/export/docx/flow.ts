/** Where blocks are being written: the chapter's text, a quote, or a box. */
import type { Paragraph, Table } from 'docx';
import type { Block } from '../tree/types.js';
import type { WriteContext } from './context.js';

export interface Flow {
  /** The style of a paragraph. */
  readonly paragraph: string;
  /** The style of a paragraph that follows another (its first line indented), or null to keep `paragraph`. */
  readonly continued: string | null;
  /** The style of list paragraphs. */
  readonly list: string;
  /** The styles of section and subsection headings; in a box they become box titles, out of the outline. */
  readonly headings: readonly [string, string];
  /** The width available to a figure, in millimetres. */
  readonly widthMm: number;
}

/** What blocks become: paragraphs, and tables for boxes. */
export type Written = Paragraph | Table;

export type RenderBlocks = (blocks: readonly Block[], flow: Flow, ctx: WriteContext) => Written[];
