// An SVG picture as vectors, in the terms PDF paints in: what read.ts makes of
// usvg's simplified SVG (every shape a path, every transform a matrix, text as
// outlines, styles resolved, embedded pictures as images), for content.ts to write as operators.
import type { Matrix } from './matrix.js';
import type { PathData } from './path-data.js';

export type Rgb = readonly [number, number, number];

export interface GradientStop {
  /** 0–1, never less than the stop before. */
  readonly offset: number;
  readonly colour: Rgb;
  /** 0–1: stops of differing opacity paint through a soft mask. */
  readonly opacity: number;
}

export interface Gradient {
  /** Linear: x1 y1 x2 y2. Radial: the focal circle fx fy fr, then the end circle cx cy r. */
  readonly kind: 'linear' | 'radial';
  readonly coords: readonly number[];
  /** `box`: coordinates relative to the painted path's bounding box (objectBoundingBox). */
  readonly units: 'box' | 'user';
  readonly transform: Matrix | null;
  readonly stops: readonly GradientStop[];
}

export type Paint = { readonly kind: 'colour'; readonly colour: Rgb } | { readonly kind: 'gradient'; readonly gradient: Gradient };

export interface Fill {
  readonly paint: Paint;
  /** 0–1. */
  readonly opacity: number;
  readonly evenOdd: boolean;
}

export interface Stroke {
  readonly colour: Rgb;
  readonly opacity: number;
  readonly width: number;
  /** PDF's codes: butt 0, round 1, square 2. */
  readonly cap: 0 | 1 | 2;
  /** PDF's codes: miter 0, round 1, bevel 2. */
  readonly join: 0 | 1 | 2;
  readonly miterLimit: number;
  readonly dash: readonly number[];
  readonly dashOffset: number;
}

export interface PathNode {
  readonly kind: 'path';
  readonly path: PathData;
  readonly transform: Matrix | null;
  readonly fill: Fill | null;
  readonly stroke: Stroke | null;
  /** paint-order: stroke — the stroke under the fill (a halo behind text). */
  readonly strokeFirst: boolean;
}

/** A clipping outline: one path, its points in the user space of the group it clips. */
export interface Clip {
  readonly path: PathData;
  readonly transform: Matrix | null;
  readonly evenOdd: boolean;
}

export interface GroupNode {
  readonly kind: 'group';
  readonly transform: Matrix | null;
  /** 0–1, for the group as a whole (a transparency group). */
  readonly opacity: number;
  readonly clip: Clip | null;
  readonly children: readonly VectorNode[];
}

/** A PNG or JPEG the SVG embeds, drawn as its own image XObject: its pixels as they are, never drawn again. */
export interface ImageNode {
  readonly kind: 'image';
  readonly mime: 'image/png' | 'image/jpeg';
  readonly bytes: Uint8Array;
  readonly transform: Matrix | null;
  /** From the image's unit square (PDF's: its first row at the top, v = 1) into the user space. */
  readonly placement: Matrix;
  /** The box a slice (preserveAspectRatio) cuts it to, as x0 y0 x1 y1 in the user space. */
  readonly clip: readonly [number, number, number, number] | null;
}

export type VectorNode = PathNode | GroupNode | ImageNode;

export interface VectorDrawing {
  /** The viewport, in the SVG's user units. */
  readonly width: number;
  readonly height: number;
  /** From the viewBox to the viewport (preserveAspectRatio applied). */
  readonly viewBox: Matrix | null;
  readonly children: readonly VectorNode[];
}
