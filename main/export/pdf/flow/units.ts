// The chapter as a vertical list, the flow's equivalent of TeX's: lines,
// gaps, box edges and figures, each with its height and whether a page may
// break after it. Pagination reads only this list.
import type { BoxColors } from '../../template/index.js';
import type { WrittenLine } from '../text/index.js';
import type { StructNode } from '../tagged/index.js';
import type { LinesRole, Placed } from './types.js';

/** A kader's frame: units inside it are drawn on its background. */
export interface BoxFrame {
  readonly x: number;
  readonly width: number;
  readonly padding: number;
  readonly borderWidth: number;
  readonly colors: BoxColors;
}

/** Lines set together: a paragraph, a heading, a caption, a list marker. */
export interface LineGroup {
  readonly id: number;
  readonly role: LinesRole;
  readonly total: number;
  /** A page break may fall between these lines (paragraph text). */
  readonly splittable: boolean;
  readonly figure?: number;
  /** The structure element the lines are content of. */
  readonly tag: StructNode;
}

/** Something to draw, positioned relative to its unit's top-left. */
export type Piece =
  | { readonly kind: 'line'; readonly x: number; readonly y: number; readonly line: WrittenLine; readonly group: LineGroup; readonly index: number }
  | Placed;

/** A footnote set for the foot of a page: its number hangs left of its lines. */
export interface NoteLayout {
  readonly number: number;
  readonly numberLine: WrittenLine;
  readonly lines: readonly WrittenLine[];
  /** Width of the number column. */
  readonly hang: number;
  /** Its Note element. */
  readonly tag: StructNode;
}

export interface Unit {
  /** A gap is space: dropped at the top of a page and next to a box edge, collapsed with neighbouring gaps. */
  readonly kind: 'content' | 'gap' | 'figure';
  readonly height: number;
  /** A page may end after this unit. Keep-with-next clears it on what it binds. */
  breakAfter: boolean;
  readonly pieces: Piece[];
  readonly box: BoxFrame | null;
  /** The top or bottom padding of `box`. */
  readonly edge: 'top' | 'bottom' | null;
  readonly notes: readonly NoteLayout[];
  readonly anchors: readonly string[];
  /** A figure that may move to a later page while the text after it flows on. */
  readonly floats: boolean;
  /** Space above and below a figure, set only where the figure is set (a figure that floats away leaves none). */
  readonly around: Unit | null;
  /** How many lines of text this unit counts as when keeping a heading with what follows. */
  readonly lineCount: number;
  /** Keep this unit on the page of the next `keepLines` lines. */
  readonly keepLines: number;
}

export type UnitInit = Partial<Omit<Unit, 'kind' | 'height' | 'box'>>;

/**
 * The empty list of notes or anchors, one for every unit without any: a unit
 * per line of a chapter lives until the chapter is paginated, and two empty
 * arrays each were a third of the objects it made.
 */
export const NONE: readonly never[] = [];

export function unit(kind: Unit['kind'], height: number, box: BoxFrame | null, init: UnitInit = {}): Unit {
  return {
    kind,
    height,
    box,
    breakAfter: init.breakAfter ?? true,
    pieces: init.pieces ?? [],
    edge: init.edge ?? null,
    notes: init.notes ?? NONE,
    anchors: init.anchors ?? NONE,
    floats: init.floats ?? false,
    around: init.around ?? null,
    lineCount: init.lineCount ?? 0,
    keepLines: init.keepLines ?? 0,
  };
}

/**
 * Binds each unit that asks to be kept with the following lines: no page
 * break after it, nor after anything before the lines it must be kept with.
 */
export function applyKeeps(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const keep = units[i]!.keepLines;
    if (keep === 0) continue;
    units[i]!.breakAfter = false;
    let seen = 0;
    for (let j = i + 1; j < units.length; j++) {
      seen += units[j]!.lineCount;
      if (seen >= keep) break;
      units[j]!.breakAfter = false;
    }
  }
}
