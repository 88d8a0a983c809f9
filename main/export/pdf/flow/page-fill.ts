// One page being filled: where the next unit would go, what the footnotes
// referenced so far need at the foot, and snapshots to go back to the last
// place where the page may end.
import { linesHeight } from './notes.js';
import type { BoxFrame, NoteLayout, Unit } from './units.js';

export interface Entry {
  readonly unit: Unit;
  readonly y: number;
}

/** Lines `from` to `to` of a note (the rest of a note continued from the page before, or all of it). */
export interface NoteChunk {
  readonly note: NoteLayout;
  readonly from: number;
  readonly to: number;
}

export interface Snapshot {
  /** The unit the next page starts with if the page ends here. */
  readonly next: number;
  readonly deferred: number;
  readonly entries: number;
  readonly y: number;
  readonly gap: Unit | null;
  readonly atTop: boolean;
  readonly box: BoxFrame | null;
  readonly refs: number;
  readonly notes: NoteSums;
}

interface NoteSums {
  /** Full height of every chunk the page must start. */
  readonly full: number;
  readonly lastFull: number;
  /** A note may continue on the next page, but at least its first two lines stay with the reference. */
  readonly lastMin: number;
  readonly count: number;
}

const NO_NOTES: NoteSums = { full: 0, lastFull: 0, lastMin: 0, count: 0 };
const MIN_NOTE_LINES = 2;

export class PageFill {
  readonly entries: Entry[] = [];
  readonly refs: NoteLayout[] = [];
  y = 0;
  /** The space waiting to be set before the next unit (the largest of consecutive gaps). */
  gap: Unit | null = null;
  /** At the top of the page or of a kader: space is dropped here. */
  atTop = true;
  /** The kader of the last unit placed. */
  box: BoxFrame | null = null;
  private notes: NoteSums = NO_NOTES;

  constructor(
    readonly carried: readonly NoteChunk[],
    private readonly noteOverhead: number,
  ) {
    for (const chunk of carried) this.notes = addChunk(this.notes, chunk);
  }

  addGap(gap: Unit): void {
    if (this.atTop) return;
    if (this.gap === null || gap.height > this.gap.height) this.gap = gap;
  }

  /** Where `unit` would be set: after the pending space, and below the padding of a kader continued here. */
  topOf(unit: Unit): number {
    const gap = this.atTop || unit.edge === 'bottom' ? 0 : (this.gap?.height ?? 0);
    const continued = unit.box !== null && unit.box !== this.box && unit.edge !== 'top' ? unit.box.padding : 0;
    return this.y + gap + continued;
  }

  /** The foot of the page the notes need, with `extra` notes referenced too. */
  notesNeeded(extra: readonly NoteLayout[] = []): number {
    let sums = this.notes;
    for (const note of extra) sums = addChunk(sums, { note, from: 0, to: note.lines.length });
    return sums.count === 0 ? 0 : this.noteOverhead + sums.full - sums.lastFull + sums.lastMin;
  }

  place(unit: Unit): void {
    const top = this.topOf(unit);
    const gap = this.atTop || unit.edge === 'bottom' ? null : this.gap;
    // Space with something drawn in it (the rule between two items of a kader).
    if (gap !== null && gap.pieces.length > 0) this.entries.push({ unit: gap, y: this.y });
    this.entries.push({ unit, y: top });
    this.y = top + unit.height;
    this.gap = null;
    this.atTop = unit.edge === 'top';
    this.box = unit.box;
    for (const note of unit.notes) {
      this.refs.push(note);
      this.notes = addChunk(this.notes, { note, from: 0, to: note.lines.length });
    }
  }

  snapshot(next: number, deferred: number): Snapshot {
    return {
      next,
      deferred,
      entries: this.entries.length,
      y: this.y,
      gap: this.gap,
      atTop: this.atTop,
      box: this.box,
      refs: this.refs.length,
      notes: this.notes,
    };
  }

  restore(snapshot: Snapshot): void {
    this.entries.length = snapshot.entries;
    this.refs.length = snapshot.refs;
    this.y = snapshot.y;
    this.gap = snapshot.gap;
    this.atTop = snapshot.atTop;
    this.box = snapshot.box;
    this.notes = snapshot.notes;
  }

  /** The notes to set at the foot, carried ones first, with `room` points for their lines. */
  noteChunks(room: number): { placed: NoteChunk[]; carried: NoteChunk[] } {
    const all: NoteChunk[] = [...this.carried, ...this.refs.map((note) => ({ note, from: 0, to: note.lines.length }))];
    const placed: NoteChunk[] = [];
    const carried: NoteChunk[] = [];
    let left = room;
    for (const chunk of all) {
      if (carried.length > 0) {
        carried.push(chunk);
        continue;
      }
      let to = chunk.from;
      while (to < chunk.to && chunk.note.lines[to]!.height <= left + EPSILON) {
        left -= chunk.note.lines[to]!.height;
        to += 1;
      }
      if (to > chunk.from) placed.push({ ...chunk, to });
      if (to < chunk.to) carried.push({ ...chunk, from: to });
    }
    return { placed, carried };
  }
}

export const EPSILON = 0.01;

function addChunk(sums: NoteSums, chunk: NoteChunk): NoteSums {
  const { lines } = chunk.note;
  const full = linesHeight(lines, chunk.from, chunk.to);
  const lastMin = linesHeight(lines, chunk.from, Math.min(chunk.to, chunk.from + MIN_NOTE_LINES));
  return { full: sums.full + full, lastFull: full, lastMin, count: sums.count + 1 };
}
