/**
 * The data of the three generated visuals: what the project says, counted and
 * sorted, with every word the drawing prints already in the publication's
 * language. Layout-neutral (no sizes, no fonts), so the document tree can
 * carry it and each writer draws it at its own width with its own fonts.
 */
import type { Position, Role, SessionKind } from '../../model/index.js';

export type ChartKind = 'spectrum' | 'materialMap' | 'trajectory';

export interface Labelled<K extends string> {
  readonly key: K;
  readonly label: string;
}

/** Contributors on formeel — hybride — informeel, one row per role. */
export interface SpectrumData {
  readonly chart: 'spectrum';
  /** Left to right: formal, hybrid, informal. */
  readonly positions: readonly Labelled<Position>[];
  /** Roles that have contributors, in the vocabulary's order. */
  readonly rows: readonly SpectrumRow[];
  readonly total: number;
  readonly words: { readonly roles: string; readonly people: string; readonly axis: string };
}

export interface SpectrumRow extends Labelled<Role> {
  /** Contributors per position, in the order of `positions`. */
  readonly counts: readonly number[];
}

/** Themes × workgroups, each cell the number of material items. */
export interface MaterialMapData {
  readonly chart: 'materialMap';
  /** Most items first (at most 18 by name, then "n andere thema's" together); "zonder thema" last when some items have none. */
  readonly themes: readonly MapLine[];
  /** In the project's order; "zonder werkgroep" last when some items have none. */
  readonly workgroups: readonly MapLine[];
  /** counts[theme][workgroup]; an item with three themes counts in three cells. */
  readonly counts: readonly (readonly number[])[];
  /** Items counted (each once). */
  readonly items: number;
  readonly words: { readonly themes: string; readonly workgroups: string; readonly legend: string; readonly total: string };
}

export interface MapLine {
  readonly label: string;
  readonly total: number;
}

/** Sessions over time, one lane per kind, and where they took place. */
export interface TrajectoryData {
  readonly chart: 'trajectory';
  /** Kinds that occur, in the vocabulary's order. */
  readonly kinds: readonly Labelled<SessionKind>[];
  /** Oldest first. */
  readonly sessions: readonly TrajectorySession[];
  /** Most sessions first; sessions without a place are not among them. */
  readonly places: readonly MapLine[];
  readonly words: {
    readonly places: string;
    readonly participants: string;
    /** "{count} andere plaatsen": the bar that gathers the places after the busiest. */
    readonly otherPlaces: string;
    /** Twelve short month names, January first. */
    readonly months: readonly string[];
  };
}

export interface TrajectorySession {
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
  readonly kind: SessionKind;
  readonly place: string;
  readonly participants: number | null;
}

export type ChartData = SpectrumData | MaterialMapData | TrajectoryData;
