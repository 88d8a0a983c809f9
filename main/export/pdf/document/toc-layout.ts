/**
 * The table of contents set into pages: the title, then per entry its number,
 * its title (wrapping under itself), dot leaders and the page number at the
 * right edge. Page numbers are given by the caller; the assembly lays the
 * contents out twice when the real numbers are known (see assemble.ts).
 */
import type { Template } from '../../template/index.js';
import type { TocEntry } from '../../tree/types.js';
import { setPlain, widthOf, type Families, type SetText } from './typeset.js';

export interface TocLine {
  /** From the text area's top-left corner, y downwards, in points. */
  readonly y: number;
  readonly x: number;
  readonly set: SetText;
}

export interface TocItem {
  readonly anchor: string;
  /** The entry's title as the source has it, for its link's description. */
  readonly text: string;
  readonly number: TocLine | null;
  readonly title: TocLine;
  readonly page: TocLine;
  /** Leader dots run on the last title line's baseline, from `from` to `to`. */
  readonly leader: { readonly from: number; readonly to: number; readonly baseline: number; readonly size: number; readonly color: string } | null;
  /** The entry's whole height, for its link area. */
  readonly height: number;
}

export interface TocPage {
  readonly heading: TocLine | null;
  readonly items: readonly TocItem[];
}

const COLUMN_GAP = 6;
const LEADER_GAP = 4;

export function layoutToc(
  entries: readonly TocEntry[],
  title: string,
  template: Template,
  area: { readonly width: number; readonly height: number },
  families: Families,
  pageOf: (entry: TocEntry) => number,
): TocPage[] {
  const { toc } = template;
  const shown = entries.filter((entry) => entry.level <= toc.depth);
  const numberColumn = Math.max(0, ...shown.map((e) => (e.number === null ? 0 : widthOf(setPlain(e.number, toc.chapter, families, area.width)) + COLUMN_GAP)));
  // Room for three digits keeps the titles' right edge the same on every page.
  const pageColumn = widthOf(setPlain('888', toc.chapter, families, area.width)) + COLUMN_GAP;

  const pages: { heading: TocLine | null; items: TocItem[] }[] = [];
  const heading: TocLine = { x: 0, y: toc.title.spaceBefore, set: setPlain(title, toc.title, families, area.width) };
  let current = { heading: heading as TocLine | null, items: [] as TocItem[] };
  pages.push(current);
  let y = heading.y + heading.set.height + toc.title.spaceAfter;

  // One object per alignment and level, which setPlain knows again.
  const left = { chapter: { ...toc.chapter, align: 'left' as const }, section: { ...toc.section, align: 'left' as const } };
  const right = { chapter: { ...toc.chapter, align: 'right' as const }, section: { ...toc.section, align: 'right' as const } };
  for (const entry of shown) {
    const level = entry.level === 1 ? 'chapter' : 'section';
    const style = toc[level];
    const titleSet = setPlain(entry.title, left[level], families, area.width - numberColumn - pageColumn);
    const height = style.spaceBefore + titleSet.height + style.spaceAfter;
    if (y + height > area.height && current.items.length > 0) {
      current = { heading: null, items: [] };
      pages.push(current);
      y = 0;
    }
    const lineTop = y + style.spaceBefore;
    const pageSet = setPlain(String(pageOf(entry)), right[level], families, pageColumn);
    const lastLine = titleSet.lines[titleSet.lines.length - 1];
    const lastTop = titleSet.height - (lastLine?.height ?? 0);
    current.items.push({
      anchor: entry.anchor,
      text: entry.title,
      number: entry.number === null ? null : { x: 0, y: lineTop, set: setPlain(entry.number, left[level], families, numberColumn) },
      title: { x: numberColumn, y: lineTop, set: titleSet },
      page: { x: area.width - pageColumn, y: lineTop + lastTop, set: pageSet },
      leader:
        toc.leaders && lastLine !== undefined
          ? {
              from: numberColumn + lastLine.left + lastLine.width + LEADER_GAP,
              to: area.width - (pageSet.lines[0]?.width ?? 0) - LEADER_GAP,
              baseline: lineTop + lastTop + lastLine.baseline,
              size: style.size,
              color: style.color,
            }
          : null,
      height: titleSet.height,
    });
    y += height;
  }
  return pages;
}
