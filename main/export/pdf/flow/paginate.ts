// Breaks the vertical list into pages. Each page is filled unit by unit until
// the next does not fit; the page then ends at the last place the rules allow
// (widows, orphans, keep-with-next are `breakAfter` on the units), so a page
// may run short rather than strand a line. Figures that do not fit float to
// the top of the next page while the text after them flows on. Footnotes go
// to the foot of the page of their reference, at least two lines of each,
// the rest continued on the next page.
import { EPSILON, PageFill, type Entry, type NoteChunk, type Snapshot } from './page-fill.js';
import type { Unit } from './units.js';

export interface PageDraft {
  readonly entries: readonly Entry[];
  readonly notes: readonly NoteChunk[];
}

export interface PaginateOptions {
  readonly height: number;
  /** Space between the text and the notes, the rule inside it. */
  readonly noteOverhead: number;
}

export function paginate(units: readonly Unit[], options: PaginateOptions): PageDraft[] {
  const { height } = options;
  const pages: PageDraft[] = [];
  const deferred: Unit[] = [];
  let carried: NoteChunk[] = [];
  let i = 0;
  while (i < units.length || deferred.length > 0 || carried.length > 0) {
    const fill = new PageFill(carried, options.noteOverhead);
    placeFloats(fill, deferred, height);

    // A page may end below the figures floated to its top: without that break, a heading
    // or a paragraph's first line that fits under them would be left there alone.
    const belowFloats = fill.entries.length > 0 && fill.y + fill.notesNeeded() <= height + EPSILON ? fill.snapshot(i, deferred.length) : null;
    let best: Snapshot | null = belowFloats;
    let lastFit: Snapshot | null = belowFloats;
    let stoppedAt = -1;
    let placed = 0;
    for (let j = i; j < units.length; j++) {
      const next = units[j]!;
      if (next.kind === 'gap') {
        fill.addGap(next);
        continue;
      }
      const fits = fitsWithSpace(fill, next, height);
      if (next.floats && fill.entries.length > 0 && (deferred.length > 0 || !fits)) {
        deferred.push(next);
        continue;
      }
      if (next.around !== null) fill.addGap(next.around);
      // Something must go on an empty page, even if it is too tall.
      if (!fits && fill.entries.length > 0) {
        stoppedAt = j;
        break;
      }
      fill.place(next);
      placed += 1;
      if (next.around !== null) fill.addGap(next.around);
      if (fill.y + closingPadding(units, j) + fill.notesNeeded() <= height + EPSILON) {
        lastFit = fill.snapshot(j + 1, deferred.length);
        if (next.breakAfter && !(placed === 1 && midParagraphLine(next))) best = lastFit;
      }
    }

    if (stoppedAt < 0) {
      i = units.length;
    } else {
      // The last allowed break; failing that, the last that fits (the audit will name it).
      const end = best ?? lastFit;
      if (end === null) {
        i = stoppedAt;
      } else {
        fill.restore(end);
        deferred.length = end.deferred;
        i = end.next;
      }
    }
    const last = fill.entries.length > 0 ? fill.entries[fill.entries.length - 1]! : null;
    const used = last === null ? 0 : last.y + last.unit.height + (i < units.length ? closingPadding(units, i - 1) : 0);
    const room = height - used - options.noteOverhead;
    const notes = fill.noteChunks(fill.entries.length === 0 ? Math.max(room, firstLineHeight(fill)) : room);
    carried = notes.carried;
    pages.push({ entries: fill.entries, notes: notes.placed });
  }
  return pages;
}

/**
 * A line from inside a paragraph, neither its first nor its last. First on a page (below
 * figures floated there, or above notes carried there), a break after it would leave the
 * paragraph's one line alone between its pages.
 */
function midParagraphLine(unit: Unit): boolean {
  const line = unit.pieces.find((piece) => piece.kind === 'line');
  return line?.kind === 'line' && line.group.splittable && line.index > 0 && line.index < line.group.total - 1;
}

/** Floated figures first on a new page, in their order, as many as fit (at least one). */
function placeFloats(fill: PageFill, deferred: Unit[], height: number): void {
  let placed = 0;
  for (const figure of deferred) {
    if (!fitsWithSpace(fill, figure, height) && fill.entries.length > 0) break;
    if (figure.around !== null) fill.addGap(figure.around);
    fill.place(figure);
    if (figure.around !== null) fill.addGap(figure.around);
    placed += 1;
  }
  deferred.splice(0, placed);
}

/** Whether `next` fits below what is on the page, with the space a figure takes above it and its notes at the foot. */
function fitsWithSpace(fill: PageFill, next: Unit, height: number): boolean {
  const before = fill.atTop || next.around === null ? 0 : Math.max(next.around.height - (fill.gap?.height ?? 0), 0);
  return fill.topOf(next) + before + next.height + fill.notesNeeded(next.notes) <= height + EPSILON;
}

/** The bottom padding a kader needs when the page breaks inside it, after unit `j`. */
function closingPadding(units: readonly Unit[], j: number): number {
  const here = units[j];
  const next = units[j + 1];
  if (here?.box == null || next === undefined || next.box !== here.box) return 0;
  return here.box.padding;
}

/** A page with nothing else sets at least one line of a carried note, so pagination always advances. */
function firstLineHeight(fill: PageFill): number {
  const first = fill.carried[0];
  return first === undefined ? 0 : first.note.lines[first.from]!.height;
}
