// A chapter's page as the assembly keeps it until its page number is known:
// the flow's page with its lines already written as content-stream text. The
// text is a few strings per page, where the set lines were thousands of
// objects each, all held from the chapter's setting until its painting.
import type { EmbeddedFace, PdfFonts } from '../fonts/index.js';
import type { FlowPage, Placed, PlacedLines } from '../flow/index.js';
import { linesText } from '../text/index.js';
import type { StructNode } from '../tagged/index.js';

/** Lines written with `linesText`, placed as the flow placed them. */
export interface PlacedText {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  /** From `BT` to the closing `ET`'s operands, relative to the block's top-left corner. */
  readonly text: string;
  readonly faces: readonly EmbeddedFace[];
  readonly tag?: StructNode;
}

/** What a page paints: the flow's items, its lines as text. */
export type PaintItem = Exclude<Placed, PlacedLines> | PlacedText;

export interface SetPage extends Omit<FlowPage, 'items'> {
  /** Drawn in order (backgrounds before the text on them). */
  readonly items: readonly PaintItem[];
}

/** The page with its lines written in the document's `fonts`. */
export function writeLines(page: FlowPage, fonts: PdfFonts): SetPage {
  const items = page.items.map((item): PaintItem => {
    if (item.kind !== 'lines') return item;
    const { text, faces } = linesText(item.lines, fonts);
    return { kind: 'text', x: item.x, y: item.y, text, faces, ...(item.tag === undefined ? {} : { tag: item.tag }) };
  });
  return { ...page, items };
}
