/**
 * A drawing: what a generated visual (spectrum, material map, trajectory)
 * is between its layout and its painters. Measures are in points, the origin
 * is the top left and y grows downwards (as in SVG); the PDF painter flips it.
 * Colours are the template's #rrggbb; text names a face of the template's
 * families, so every painter sets it in the fonts the publication embeds.
 * Kept deliberately small: what the three charts need, and what SVG, pdf-lib
 * and a PNG raster all draw the same way.
 */
import type { FontName } from '../export/template/schema.js';

export type Hex = `#${string}`;

export interface Face {
  readonly family: FontName;
  readonly bold: boolean;
  readonly italic: boolean;
}

interface Painted {
  /** null: not filled / not stroked. */
  readonly fill: Hex | null;
  readonly stroke: Hex | null;
  readonly strokeWidth: number;
  /** 0–1, for fill and stroke alike; 1 when absent. */
  readonly opacity?: number;
}

export type Shape =
  | ({ readonly type: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly radius?: number } & Painted)
  | ({ readonly type: 'circle'; readonly cx: number; readonly cy: number; readonly r: number } & Painted)
  | {
      readonly type: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: Hex;
      readonly strokeWidth: number;
      /** Dash and gap lengths; null for a solid line. */
      readonly dash: readonly number[] | null;
    }
  /** Absolute commands only: M, L, C, Q, Z. */
  | ({ readonly type: 'path'; readonly d: string } & Painted)
  | {
      readonly type: 'text';
      /** The anchor point on the baseline. */
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly face: Face;
      readonly size: number;
      readonly fill: Hex;
      readonly anchor: 'start' | 'middle' | 'end';
    };

export interface Drawing {
  readonly width: number;
  readonly height: number;
  /** For the SVG's <title> and <desc>, and the PDF figure's alternate text. */
  readonly title: string;
  readonly description: string;
  readonly shapes: readonly Shape[];
}

/** The advance width of `text` set in `face` at `size` points: the layout measures labels with the fonts that will set them. */
export type MeasureText = (text: string, face: Face, size: number) => number;
