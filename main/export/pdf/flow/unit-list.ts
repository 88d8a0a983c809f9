// Builds the vertical list: lines become units that know the widow and
// orphan rule, gaps and other units are added inside the current kader.
import type { WrittenLine } from '../text/index.js';
import type { StructNode } from '../tagged/index.js';
import type { LinesRole } from './types.js';
import { applyKeeps, NONE, unit, type BoxFrame, type LineGroup, type NoteLayout, type Piece, type Unit, type UnitInit } from './units.js';

/** At least this many lines of a paragraph on each side of a page break. */
export const MIN_LINES_AT_BREAK = 2;

export interface LinesOptions {
  readonly role: LinesRole;
  /** The structure element the lines are content of. */
  readonly tag: StructNode;
  /** Paragraph text: a page may break between its lines, leaving at least two on each side. */
  readonly splittable: boolean;
  /** Keep the last line with this many lines of what follows (headings). */
  readonly keepLines?: number;
  readonly anchors?: readonly string[];
  /** The notes of the footnote references in these lines, by number. */
  readonly notes?: ReadonlyMap<number, NoteLayout>;
}

export class UnitList {
  private readonly units: Unit[] = [];
  private groups = 0;
  /** The kader that units added now belong to. */
  box: BoxFrame | null = null;
  /**
   * The level of the heading the text now added is under (the chapter's title
   * is 1): a heading one level deeper never skips a level in the tagged PDF.
   */
  headingLevel = 1;

  get length(): number {
    return this.units.length;
  }

  at(index: number): Unit | undefined {
    return this.units[index];
  }

  add(kind: Unit['kind'], height: number, init: UnitInit = {}): Unit {
    const added = unit(kind, height, this.box, init);
    this.units.push(added);
    return added;
  }

  gap(height: number): void {
    if (height > 0) this.add('gap', height, { breakAfter: false });
  }

  group(role: LinesRole, total: number, splittable: boolean, tag: StructNode, figure?: number): LineGroup {
    this.groups += 1;
    // Every field present, undefined or not: one shape for all groups, which every line of the chapter points to.
    return { id: this.groups, role, total, splittable, tag, figure };
  }

  /** One unit per line, so a page may end between any two lines the rules allow. */
  lines(lines: readonly WrittenLine[], x: number, options: LinesOptions): void {
    const n = lines.length;
    if (n === 0) return;
    const group = this.group(options.role, n, options.splittable, options.tag);
    lines.forEach((line, i) => {
      const k = i + 1;
      const breakAfter =
        k === n || (options.splittable && k >= MIN_LINES_AT_BREAK && n - k >= MIN_LINES_AT_BREAK);
      const pieces: Piece[] = [{ kind: 'line', x, y: 0, line, group, index: i }];
      this.add('content', line.height, {
        breakAfter,
        pieces,
        notes: options.notes === undefined || line.raised.length === 0 ? NONE : notesOn(line, options.notes),
        anchors: i === 0 ? (options.anchors ?? NONE) : NONE,
        lineCount: 1,
        keepLines: k === n ? (options.keepLines ?? 0) : 0,
      });
    });
  }

  finish(): Unit[] {
    applyKeeps(this.units);
    return this.units;
  }
}

/** The notes whose reference numbers (raised) are set on this line. */
function notesOn(line: WrittenLine, notes: ReadonlyMap<number, NoteLayout>): readonly NoteLayout[] {
  if (notes.size === 0) return NONE;
  const found: NoteLayout[] = [];
  for (const number of line.raised) {
    const note = notes.get(number);
    if (note !== undefined && !found.includes(note)) found.push(note);
  }
  return found;
}
