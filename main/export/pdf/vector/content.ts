// A VectorDrawing as PDF content: the operators of a form XObject whose space
// is the SVG viewport with y upwards, and what they name — graphics states
// for opacity, shadings for gradients, a transparency group (a form of its
// own) for each group with an opacity of its own, and the pictures it embeds. Pure: form.ts makes the
// PDF objects.
import type { Clip, Fill, Gradient, GroupNode, ImageNode, PathNode, Rgb, Stroke, VectorDrawing, VectorNode } from './drawing.js';
import { IDENTITY, invert, mapBox, multiply, type Matrix } from './matrix.js';
import { pathBox, pathOperators } from './path-data.js';

export interface VectorContent {
  readonly content: string;
  /** Named `GS0`, `GS1`, …: non-stroking (`ca`) and stroking (`CA`) opacity, and perhaps a soft mask (a mask's name). */
  readonly states: readonly { readonly name: string; readonly fill: number; readonly stroke: number; readonly mask: string | null }[];
  /** Named `Sh0`, …: a gradient as a shading in its own coordinates, of its stops' colours or (grey) their opacities. */
  readonly shadings: readonly Shading[];
  /** Named `Mk0`, …: a soft mask's group, painting one shading of opacities across its box. */
  readonly masks: readonly { readonly name: string; readonly shading: string; readonly box: readonly [number, number, number, number] }[];
  /** Named `Fm0`, …: transparency groups, each with its content and its bounding box in its own space. */
  readonly groups: readonly { readonly name: string; readonly content: string; readonly box: readonly [number, number, number, number] }[];
  /** Named `Im0`, …: each embedded picture once. */
  readonly images: readonly { readonly name: string; readonly image: ImageNode }[];
}

export function vectorContent(drawing: VectorDrawing): VectorContent {
  const writer = new ContentWriter(drawing);
  // SVG's y grows downwards, PDF's upwards.
  const flip: Matrix = [1, 0, 0, -1, 0, drawing.height];
  const root = drawing.viewBox === null ? flip : multiply(drawing.viewBox, flip);
  const out = [matrix(flip)];
  if (drawing.viewBox !== null) out.push(matrix(drawing.viewBox));
  writer.nodes(drawing.children, root, out);
  return { content: lines(out), states: writer.states, shadings: writer.shadings, masks: writer.masks, groups: writer.groups, images: writer.images };
}

export interface Shading {
  readonly name: string;
  readonly gradient: Gradient;
  readonly of: 'colour' | 'opacity';
}

type Box = [number, number, number, number];

class ContentWriter {
  readonly states: { name: string; fill: number; stroke: number; mask: string | null }[] = [];
  readonly shadings: Shading[] = [];
  readonly masks: { name: string; shading: string; box: Box }[] = [];
  readonly groups: { name: string; content: string; box: Box }[] = [];
  readonly images: { name: string; image: ImageNode }[] = [];
  /** Numbers to a hundred-thousandth of the drawing's size: finer than any press resolves, at any scale. */
  readonly num: (value: number) => string;
  private readonly viewport: Box;

  constructor(drawing: VectorDrawing) {
    const extent = Math.max(drawing.width, drawing.height);
    this.num = numberWriter(Math.min(6, Math.max(2, Math.ceil(Math.log10(100_000 / extent)))));
    this.viewport = [0, 0, drawing.width, drawing.height];
  }

  /** `ctm`: from the nodes' user space to the top form's space, for the boxes of groups and soft masks. */
  nodes(children: readonly VectorNode[], ctm: Matrix, out: string[]): void {
    for (const child of children) {
      if (child.kind === 'path') this.path(child, ctm, out);
      else if (child.kind === 'image') this.image(child, out);
      else this.group(child, ctm, out);
    }
  }

  private group(group: GroupNode, ctm: Matrix, out: string[]): void {
    if (group.opacity <= 0 || group.children.length === 0) return;
    const inner = group.transform === null ? ctm : multiply(group.transform, ctm);
    const back = invert(inner);
    // A group drawn through a matrix that flattens it shows nothing.
    if (back === null) return;
    out.push('q');
    if (group.transform !== null) out.push(matrix(group.transform));
    if (group.clip !== null) out.push(this.clip(group.clip));
    if (group.opacity >= 1) {
      this.nodes(group.children, inner, out);
    } else {
      const content: string[] = [];
      this.nodes(group.children, inner, content);
      const name = `Fm${this.groups.length}`;
      // Its box: the viewport, in the group's space; nothing outside it shows.
      this.groups.push({ name, content: lines(content), box: mapBox(back, this.viewport) });
      out.push(`/${this.state(group.opacity, group.opacity)} gs /${name} Do`);
    }
    out.push('Q');
  }

  private image(image: ImageNode, out: string[]): void {
    let found = this.images.find((i) => i.image.bytes === image.bytes);
    if (found === undefined) this.images.push((found = { name: `Im${this.images.length}`, image }));
    out.push('q');
    if (image.transform !== null) out.push(matrix(image.transform));
    if (image.clip !== null) {
      const [x0, y0, x1, y1] = image.clip;
      out.push(`${this.num(x0)} ${this.num(y0)} ${this.num(x1 - x0)} ${this.num(y1 - y0)} re W n`);
    }
    out.push(matrix(image.placement), `/${found.name} Do`, 'Q');
  }

  private clip(clip: Clip): string {
    return `${pathOperators(clip.path, this.num, clip.transform)}\n${clip.evenOdd ? 'W*' : 'W'} n`;
  }

  private path(node: PathNode, ctm: Matrix, out: string[]): void {
    const { fill, stroke } = node;
    if (fill === null && stroke === null) return;
    const outline = pathOperators(node.path, this.num);
    out.push('q');
    if (node.transform !== null) out.push(matrix(node.transform));
    // Fill and stroke in one operator where they can be; a stroke under the fill or a gradient needs two.
    if (fill !== null && stroke !== null && fill.paint.kind === 'colour' && !node.strokeFirst) {
      out.push(this.alpha(fill.opacity, stroke.opacity), colour(fill.paint.colour, 'rg'), this.strokeStyle(stroke), outline, fill.evenOdd ? 'B*' : 'B');
    } else {
      if (stroke !== null && node.strokeFirst) this.stroke(stroke, outline, out);
      if (fill !== null) this.fill(fill, node, node.transform === null ? ctm : multiply(node.transform, ctm), outline, out);
      if (stroke !== null && !node.strokeFirst) this.stroke(stroke, outline, out);
    }
    out.push('Q');
  }

  /** `ctm`: from the path's user space to the top form's, for the box of a soft mask. */
  private fill(fill: Fill, node: PathNode, ctm: Matrix, outline: string, out: string[]): void {
    if (fill.paint.kind === 'colour') {
      out.push(this.alpha(fill.opacity, 1), colour(fill.paint.colour, 'rg'), outline, fill.evenOdd ? 'f*' : 'f');
      return;
    }
    const { gradient } = fill.paint;
    let toUser: Matrix = IDENTITY;
    if (gradient.units === 'box') {
      const box = pathBox(node.path);
      // objectBoundingBox units on a shape without width or height paint nothing (SVG 1.1, 7.11).
      if (box === null || box[2] - box[0] <= 0 || box[3] - box[1] <= 0) return;
      toUser = [box[2] - box[0], 0, 0, box[3] - box[1], box[0], box[1]];
    }
    if (gradient.transform !== null) toUser = multiply(gradient.transform, toUser);
    const opacities = new Set(gradient.stops.map((stop) => stop.opacity));
    let state: string;
    if (opacities.size === 1) {
      // Stops of one opacity paint as the gradient at that opacity.
      state = this.alpha(fill.opacity * [...opacities][0]!, 1);
    } else {
      // Stops of differing opacity: a soft mask of their opacities as grey, in the gradient's space, over what the viewport shows of it.
      const back = invert(multiply(toUser, ctm));
      if (back === null) return;
      const mask = `Mk${this.masks.length}`;
      this.masks.push({ name: mask, shading: this.shading(gradient, 'opacity'), box: mapBox(back, this.viewport) });
      state = `/${this.state(Math.max(0, fill.opacity), 1, mask)} gs`;
    }
    // The shading fills the clip to the path, its pad colours past both ends.
    out.push('q', outline, fill.evenOdd ? 'W* n' : 'W n', matrix(toUser), state, `/${this.shading(gradient, 'colour')} sh`, 'Q');
  }

  private stroke(stroke: Stroke, outline: string, out: string[]): void {
    out.push(this.alpha(1, stroke.opacity), this.strokeStyle(stroke), outline, 'S');
  }

  private strokeStyle(stroke: Stroke): string {
    const dash = stroke.dash.length === 0 || stroke.dash.every((d) => d === 0) ? '[] 0 d' : `[${stroke.dash.map(this.num).join(' ')}] ${this.num(stroke.dashOffset)} d`;
    return `${this.num(stroke.width)} w ${stroke.cap} J ${stroke.join} j ${this.num(Math.max(1, stroke.miterLimit))} M ${dash} ${colour(stroke.colour, 'RG')}`;
  }

  /** The `gs` operator for these opacities, or nothing when both are 1. */
  private alpha(fill: number, stroke: number): string {
    if (fill >= 1 && stroke >= 1) return '';
    return `/${this.state(Math.max(0, fill), Math.max(0, stroke))} gs`;
  }

  private state(fill: number, stroke: number, mask: string | null = null): string {
    const found = this.states.find((s) => s.fill === fill && s.stroke === stroke && s.mask === mask);
    if (found !== undefined) return found.name;
    const name = `GS${this.states.length}`;
    this.states.push({ name, fill, stroke, mask });
    return name;
  }

  private shading(gradient: Gradient, of: Shading['of']): string {
    const found = this.shadings.find((s) => s.gradient === gradient && s.of === of);
    if (found !== undefined) return found.name;
    const name = `Sh${this.shadings.length}`;
    this.shadings.push({ name, gradient, of });
    return name;
  }
}

function colour([r, g, b]: Rgb, operator: 'rg' | 'RG'): string {
  const c = (v: number): string => String(Math.round(v * 10_000) / 10_000);
  return `${c(r)} ${c(g)} ${c(b)} ${operator}`;
}

/** Six places: a rotation's or a unit box's entries need more than coordinates do. */
function matrix(m: Matrix): string {
  return `${m.map((v) => String(Math.round(v * 1e6) / 1e6 + 0)).join(' ')} cm`;
}

/** Operators a line each; a state left as it is writes nothing. */
function lines(out: readonly string[]): string {
  return out.filter((line) => line !== '').join('\n');
}

function numberWriter(places: number): (value: number) => string {
  const scale = 10 ** places;
  // `+ 0` turns -0 into 0.
  return (value) => String(Math.round(value * scale) / scale + 0);
}
