// A paginated page as the document assembly takes it: kader backgrounds
// first, then the content with its lines joined per paragraph, then the
// notes under their rule; anchors and link areas where they landed.
import type { WrittenLine } from '../text/index.js';
import type { FlowContext } from './context.js';
import type { NoteChunk, Entry } from './page-fill.js';
import type { PageDraft } from './paginate.js';
import type { FlowPage, Placed, PlacedAnchor, PlacedLines, PlacedLink, PlacedRect } from './types.js';
import type { BoxFrame, LineGroup } from './units.js';
import { linesHeight } from './notes.js';
import type { StructNode } from '../tagged/index.js';

const NOTE_RULE_WIDTH = 0.5;

export function assemblePage(draft: PageDraft, chapterId: string, opensChapter: boolean, ctx: FlowContext): FlowPage {
  const content: Placed[] = [];
  const anchors: PlacedAnchor[] = [];
  const links: PlacedLink[] = [];
  const groups = new Map<number, { placed: PlacedLines & { lines: WrittenLine[] }; group: LineGroup }>();
  const addLine = (x: number, y: number, line: WrittenLine, group: LineGroup, index: number): void => {
    const open = groups.get(group.id);
    if (open !== undefined && open.placed.x === x) {
      open.placed.lines.push(line);
    } else {
      const placed: PlacedLines & { lines: WrittenLine[] } = {
        kind: 'lines',
        x,
        y,
        lines: [line],
        role: group.role,
        tag: group.tag,
        // Written out whole, undefined where absent: one shape for every page's lines, their fields in the object itself.
        paragraph: group.splittable ? { id: group.id, first: index, total: group.total } : undefined,
        figure: group.figure,
      };
      groups.set(group.id, { placed, group });
      content.push(placed);
    }
    if (line.links.length > 0) links.push(...lineLinks(line, x, y, group.tag));
  };

  for (const { unit, y } of draft.entries) {
    for (const anchor of unit.anchors) anchors.push({ anchor, y });
    for (const piece of unit.pieces) {
      if (piece.kind === 'line') addLine(piece.x, y + piece.y, piece.line, piece.group, piece.index);
      else if (piece.kind === 'rule') content.push({ ...piece, y1: y + piece.y1, y2: y + piece.y2 });
      else content.push({ ...piece, y: y + piece.y });
    }
  }
  const notes = footnotes(draft.notes, ctx);
  for (const placed of notes) if (placed.kind === 'lines') for (const [i, line] of placed.lines.entries()) {
    links.push(...lineLinks(line, placed.x, placed.y + linesHeight(placed.lines, 0, i), placed.tag));
  }
  return { chapterId, opensChapter, items: [...frames(draft.entries), ...content, ...notes], anchors, links };
}

/** Each kader on the page: open at a page break (no edge there), its background continued. */
function frames(entries: readonly Entry[]): PlacedRect[] {
  const spans = new Map<BoxFrame, { top: number; bottom: number; opened: boolean; closed: boolean }>();
  for (const { unit, y } of entries) {
    const box = unit.box;
    if (box === null) continue;
    const span = spans.get(box) ?? { top: y - box.padding, bottom: 0, opened: false, closed: false };
    if (unit.edge === 'top') {
      span.top = y;
      span.opened = true;
    }
    if (unit.edge === 'bottom') span.closed = true;
    span.bottom = y + unit.height + (unit.edge === 'bottom' ? 0 : box.padding);
    spans.set(box, span);
  }
  return [...spans].map(([box, span]) => {
    const sides = box.colors.borderSides;
    return {
      kind: 'rect',
      x: box.x,
      y: span.top,
      width: box.width,
      height: span.bottom - span.top,
      fill: box.colors.background,
      stroke: box.borderWidth > 0 ? box.colors.border : null,
      strokeWidth: box.borderWidth,
      sides: {
        top: sides !== 'left' && span.opened,
        bottom: sides !== 'left' && span.closed,
        left: sides !== 'topBottom',
        right: sides === 'all',
      },
    };
  });
}

/** At the foot: a short rule, or one across the measure when the first note continues from the page before. */
function footnotes(chunks: readonly NoteChunk[], ctx: FlowContext): Placed[] {
  if (chunks.length === 0) return [];
  const { spaceAbove, ruleLength } = ctx.template.footnotes;
  const total = chunks.reduce((sum, c) => sum + linesHeight(c.note.lines, c.from, c.to), 0);
  let y = ctx.height - total;
  const ruleY = y - spaceAbove / 2;
  const continued = chunks[0]!.from > 0;
  const placed: Placed[] = [
    { kind: 'rule', x1: 0, y1: ruleY, x2: continued ? ctx.width : ruleLength, y2: ruleY, color: ctx.template.colors.rule, width: NOTE_RULE_WIDTH },
  ];
  for (const { note, from, to } of chunks) {
    if (from === 0) placed.push({ kind: 'lines', x: 0, y, lines: [note.numberLine], role: 'noteNumber', tag: note.tag });
    const lines = note.lines.slice(from, to);
    placed.push({ kind: 'lines', x: note.hang, y, lines, role: 'note', tag: note.tag });
    y += linesHeight(lines);
  }
  return placed;
}

/** Areas of the runs that carry a link, over text of `tag`. */
function lineLinks(line: WrittenLine, x: number, y: number, tag: StructNode | undefined): PlacedLink[] {
  const links: PlacedLink[] = [];
  for (const link of line.links) {
    const { target, text, width } = link;
    const previous = links[links.length - 1];
    const left = x + link.x;
    if (previous !== undefined && previous.target === target && Math.abs(previous.x + previous.width - left) < 0.01) {
      links[links.length - 1] = { ...previous, width: previous.width + width, text: previous.text + text };
    } else {
      links.push({ x: left, y, width, height: line.height, target, text, ...(tag === undefined ? {} : { tag }) });
    }
  }
  return links;
}
