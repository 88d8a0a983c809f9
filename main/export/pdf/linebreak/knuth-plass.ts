// One pass of the Knuth–Plass total-fit algorithm: of all ways to break the
// paragraph whose lines stay within the tolerance, find the one with the fewest
// demerits. The rule "at most N hyphenated lines in a row" is part of the search
// itself: an active node remembers how many hyphenated lines end in it, and paths
// that differ in that count are kept apart, so the optimum respects the rule.
import { INFINITE_PENALTY, type Item } from './items.js';
import { badness, fitnessClass } from './badness.js';
import { sumsAfterBreak, type LineSums, type Totals } from './line-sums.js';

export interface PassOptions {
  /** Width of line `n` (0-based), or one width for all lines. */
  readonly lineWidth: number | ((line: number) => number);
  /**
   * With one width for the other lines: the first line's, at most that width
   * (a first-line indent). The other lines stay interchangeable, so the search
   * stays as lean as for equal lines.
   */
  readonly firstLineWidth?: number;
  /** Largest adjustment ratio a line may have (1: glue at full stretch); none in the emergency pass. */
  readonly tolerance: number;
  readonly linePenalty: number;
  /** Extra demerits for two hyphenated lines in a row. */
  readonly flaggedDemerits: number;
  /** Extra demerits for a tight line next to a loose one. */
  readonly fitnessDemerits: number;
  /** Extra demerits for hyphenating the last full line of a paragraph. */
  readonly finalHyphenDemerits: number;
  readonly maxConsecutiveHyphens: number;
  /** Lines more (positive) or fewer than optimal, as TeX's \looseness. */
  readonly looseness: number;
  /** Use emergency penalties and, if nothing else fits, set an overfull line. */
  readonly emergency: boolean;
  /**
   * Stretch added to every line (TeX's \emergencystretch), so that lines too
   * loose for any tolerance still differ in badness: a half-empty line must
   * not look as acceptable as a merely loose one.
   */
  readonly emergencyStretch: number;
}

export interface LineBreak {
  /** First item of the line (glue and penalties after the previous break are skipped). */
  readonly start: number;
  /** The item the line breaks at: excluded if glue; a penalty adds its width (the hyphen). */
  readonly end: number;
  /** Adjustment ratio: share of the line's stretch (> 0) or shrink (< 0) used. */
  readonly ratio: number;
  readonly hyphenated: boolean;
  /** No feasible break existed: the line is wider than its measure. */
  readonly overfull: boolean;
}

interface Node {
  readonly position: number;
  readonly line: number;
  readonly fitness: number;
  readonly hyphens: number;
  readonly demerits: number;
  readonly ratio: number;
  readonly overfull: boolean;
  readonly previous: Node | null;
  readonly after: LineSums;
}

interface Candidate {
  from: Node;
  demerits: number;
  ratio: number;
  fitness: number;
  hyphens: number;
  line: number;
  overfull: boolean;
}

// The candidates at one break point, at most one per state, in objects kept
// from one break point (and paragraph) to the next and written over: a book has
// millions of pairs of an active node and a break point its line reaches, and
// an object for each was the largest part of what breaking its lines allocated.
// The pass is synchronous. `count` of them are in use.
const candidates: Candidate[] = [];
let count = 0;

/**
 * The best breaks, or null when no way of breaking stays within the tolerance.
 * `sums` are the items' running totals (`lineSums`), shared between passes.
 */
export function knuthPlassPass(items: readonly Item[], sums: Totals, options: PassOptions): LineBreak[] | null {
  const widthOf = options.lineWidth;
  // Nodes on different lines can only be compared when lines are interchangeable.
  const byLine = typeof widthOf === 'function' || options.looseness !== 0;
  // Only the start node is on line 0, and its line is the narrowest: a node too
  // loose for its line still means that every later node is too loose for its own.
  const first = typeof widthOf === 'number' ? Math.min(options.firstLineWidth ?? widthOf, widthOf) : 0;
  const active: Node[] = [
    {
      position: -1,
      line: 0,
      fitness: 1,
      hyphens: 0,
      demerits: 0,
      ratio: 0,
      overfull: false,
      previous: null,
      after: sumsAfterBreak(items, sums, -1),
    },
  ];

  for (let b = 0; b < items.length; b++) {
    const item = items[b]!;
    let breakWidth = 0;
    let cost = 0;
    let flagged = false;
    if (item.type === 'box') continue;
    if (item.type === 'glue') {
      if (b === 0 || items[b - 1]!.type !== 'box') continue;
    } else {
      if (item.cost >= INFINITE_PENALTY || (item.emergency && !options.emergency)) continue;
      breakWidth = item.width;
      cost = item.cost;
      flagged = item.flagged;
    }
    const forced = cost <= -INFINITE_PENALTY;
    count = 0;
    // Survivors are compacted into the front of `active`, which stays in order
    // of position; new nodes go to the end.
    let kept = 0;
    let lastDropped: Node | null = null;
    let i = 0;

    for (; i < active.length; i++) {
      const a = active[i]!;
      const goal = typeof widthOf === 'number' ? (a.line === 0 ? first : widthOf) : widthOf(a.line);
      const width = sums.width[b]! - a.after.width + breakWidth;
      let ratio = 0;
      if (width < goal) {
        const stretch = sums.stretch[b]! - a.after.stretch + options.emergencyStretch;
        const fill = sums.fill[b]! - a.after.fill;
        ratio = fill > 0 ? 0 : stretch > 0 ? (goal - width) / stretch : Infinity;
      } else if (width > goal) {
        const shrink = sums.shrink[b]! - a.after.shrink;
        ratio = shrink > 0 ? (goal - width) / shrink : -Infinity;
      }
      if (ratio < -1 || forced) lastDropped = a;
      else active[kept++] = a;
      if (ratio < -1) continue;
      if (ratio > options.tolerance && !options.emergency) {
        // With one width for all lines, a later start only makes the line
        // shorter and looser: no node after this one can fit either.
        if (!byLine && !forced) {
          i++;
          break;
        }
        continue;
      }
      const hyphens = flagged ? a.hyphens + 1 : 0;
      if (hyphens > options.maxConsecutiveHyphens) continue;

      const fitness = fitnessClass(ratio);
      let demerits = (options.linePenalty + badness(ratio)) ** 2;
      if (cost > 0) demerits += cost * cost;
      else if (!forced) demerits -= cost * cost;
      if (flagged && a.hyphens > 0) demerits += options.flaggedDemerits;
      if (forced && a.hyphens > 0) demerits += options.finalHyphenDemerits;
      if (Math.abs(fitness - a.fitness) > 1) demerits += options.fitnessDemerits;
      offer(byLine, a, a.demerits + demerits, ratio, fitness, hyphens, false);
    }
    for (; i < active.length; i++) active[kept++] = active[i]!;
    active.length = kept;

    // TeX's last resort: when every path would die here, the most recent one
    // lives on through an overfull line, so the paragraph is always set.
    if (options.emergency && active.length === 0 && count === 0 && lastDropped !== null) {
      offer(byLine, lastDropped, lastDropped.demerits, -1, 0, flagged ? lastDropped.hyphens + 1 : 0, true);
    }

    if (count > 0) {
      const after = sumsAfterBreak(items, sums, b);
      // As TeX: a path already worse than the best here (on the same line) by
      // more than a later mismatch could cost will never win.
      const slack = options.fitnessDemerits + options.flaggedDemerits;
      for (let k = 0; k < count; k++) {
        const c = candidates[k]!;
        if (c.demerits > bestOnLine(byLine, c.line) + slack) continue;
        active.push({
          position: b,
          line: c.line,
          fitness: c.fitness,
          hyphens: c.hyphens,
          demerits: c.demerits,
          ratio: c.ratio,
          overfull: c.overfull,
          previous: c.from,
          after,
        });
      }
    }
    if (active.length === 0) return null;
  }

  const last = items.length - 1;
  const finals = active.filter((node) => node.position === last);
  const chosen = choose(finals, options.looseness);
  return chosen === null ? null : unwind(items, chosen);
}

/**
 * Keeps the best candidate per state (fitness, hyphen run, and line if lines
 * differ): a line from `from` to this break point, the path's demerits with it.
 */
function offer(byLine: boolean, from: Node, demerits: number, ratio: number, fitness: number, hyphens: number, overfull: boolean): void {
  const line = from.line + 1;
  let slot: Candidate | undefined;
  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    if (c.fitness === fitness && c.hyphens === hyphens && (!byLine || c.line === line)) {
      if (demerits >= c.demerits) return;
      slot = c;
      break;
    }
  }
  if (slot === undefined) {
    slot = candidates[count];
    if (slot === undefined) {
      slot = { from, demerits, ratio, fitness, hyphens, line, overfull };
      candidates.push(slot);
    }
    count++;
  }
  slot.from = from;
  slot.demerits = demerits;
  slot.ratio = ratio;
  slot.fitness = fitness;
  slot.hyphens = hyphens;
  slot.line = line;
  slot.overfull = overfull;
}

function bestOnLine(byLine: boolean, line: number): number {
  let best = Infinity;
  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    if (!byLine || c.line === line) best = Math.min(best, c.demerits);
  }
  return best;
}

function choose(finals: readonly Node[], looseness: number): Node | null {
  let best: Node | null = null;
  for (const node of finals) if (best === null || node.demerits < best.demerits) best = node;
  if (best === null || looseness === 0) return best;
  const target = best.line + looseness;
  let chosen = best;
  for (const node of finals) {
    const gain = Math.abs(node.line - target) - Math.abs(chosen.line - target);
    if (gain < 0 || (gain === 0 && node.demerits < chosen.demerits)) chosen = node;
  }
  return chosen;
}

function unwind(items: readonly Item[], end: Node): LineBreak[] {
  const lines: LineBreak[] = [];
  for (let node: Node | null = end; node !== null && node.previous !== null; node = node.previous) {
    const at = items[node.position]!;
    lines.push({
      start: node.previous.after.index,
      end: node.position,
      ratio: node.ratio,
      hyphenated: at.type === 'penalty' && at.flagged,
      overfull: node.overfull,
    });
  }
  return lines.reverse();
}
