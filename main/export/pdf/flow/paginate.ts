// Breaks the vertical list into pages. Each page is filled unit by unit until
// the next does not fit; the page then ends at the last place the rules allow
// (widows, orphans, keep-with-next are `breakAfter` on the units), so a page
// may run short rather than strand a line. Figures that do not fit float to
// the top of the next page while the text after them flows on. Footnotes go
// to the foot of the page of their reference, at least two lines of each,
// the rest continued on the next page.
import { EPSILON, PageFill, type Entry, type NoteChunk, type Snapshot } from './page-fill.js';
import { unit, type Unit } from './units.js';

export interface PageDraft {
  readonly entries: readonly Entry[];
  readonly notes: readonly NoteChunk[];
}

export interface PaginateOptions {
  readonly height: number;
  /** Space between the text and the notes, the rule inside it. */
  readonly noteOverhead: number;
  /** Space below a figure that floated to the top of a page. */
  readonly floatSpacing: number;
}

export function paginate(units: readonly Unit[], options: PaginateOptions): PageDraft[] {
  const { height } = options;
  const floatGap = unit('gap', options.floatSpacing, null, { breakAfter: false });
  const pages: PageDraft[] = [];
  const deferred: Unit[] = [];
  let carried: NoteChunk[] = [];
  let i = 0;
  while (i < units.length || deferred.length > 0 || carried.length > 0) {
    const fill = new PageFill(carried, options.noteOverhead);
    placeFloats(fill, deferred, height, floatGap);

    let best: Snapshot | null = null;
    let lastFit: Snapshot | null = null;
    let stoppedAt = -1;
    for (let j = i; j < units.length; j++) {
      const next = units[j]!;
      if (next.kind === 'gap') {
        fill.addGap(next);
        continue;
      }
      const bottom = fill.topOf(next) + next.height;
      const fits = bottom + fill.notesNeeded(next.notes) <= height + EPSILON;
      if (next.floats && fill.entries.length > 0 && (deferred.length > 0 || !fits)) {
        deferred.push(next);
        continue;
      }
      // Something must go on an empty page, even if it is too tall.
      if (!fits && fill.entries.length > 0) {
        stoppedAt = j;
        break;
      }
      fill.place(next);
      if (fill.y + closingPadding(units, j) + fill.notesNeeded() <= height + EPSILON) {
        lastFit = fill.snapshot(j + 1, deferred.length);
        if (next.breakAfter) best = lastFit;
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

/** Floated figures first on a new page, in their order, as many as fit (at least one). */
function placeFloats(fill: PageFill, deferred: Unit[], height: number, floatGap: Unit): void {
  let placed = 0;
  for (const figure of deferred) {
    const fits = fill.topOf(figure) + figure.height + fill.notesNeeded() <= height + EPSILON;
    if (!fits && fill.entries.length > 0) break;
    fill.place(figure);
    fill.addGap(floatGap);
    placed += 1;
  }
  deferred.splice(0, placed);
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
