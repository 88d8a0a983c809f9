// Reads usvg's simplified SVG (resvg's `toString()`: shapes as paths, text as
// outlines, styles resolved, transforms as matrices, only what is used in
// <defs>) into a VectorDrawing. What PDF paints as plainly — colours,
// gradients that pad (translucent too), strokes, opacity, a clip of one outline, embedded PNG
// and JPEG pictures — is read; for anything else (patterns, masks, filters,
// blend modes, a gradient on a stroke, an embedded SVG
// or a photo the camera turned) it answers null, and the
// picture is drawn as a raster instead, as before. Strict on purpose: an
// attribute it does not know is a reason to fall back, never to guess.
import { DOMParser } from '@xmldom/xmldom';
import { rasterFacts } from '../../../visuals/raster.js';
import { hexColor } from '../colour/index.js';
import type { Clip, Fill, Gradient, GradientStop, GroupNode, ImageNode, PathNode, Rgb, Stroke, VectorDrawing, VectorNode } from './drawing.js';
import { multiply, parseMatrix, type Matrix } from './matrix.js';
import { parsePathData, type PathData } from './path-data.js';

/** Thrown inside, answered as null: the drawing needs what this reader does not paint. */
class Unsupported extends Error {}

export function readVectorDrawing(simplified: string): VectorDrawing | null {
  try {
    return read(simplified);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

function read(text: string): VectorDrawing {
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root === null || root.localName !== 'svg') throw new Unsupported('no svg root');
  allow(root, ['width', 'height', 'viewBox', 'preserveAspectRatio']);
  const width = number(root, 'width', NaN);
  const height = number(root, 'height', NaN);
  if (!(width > 0 && height > 0)) throw new Unsupported('no size');
  const defs = new Definitions();
  const children: VectorNode[] = [];
  for (const child of elements(root)) {
    if (child.localName === 'defs') defs.read(child);
    else children.push(node(child, defs));
  }
  return { width, height, viewBox: viewBoxMatrix(root, width, height), children };
}

/** Gradients and clip paths by id (they come before what uses them), and the pictures embedded. */
class Definitions {
  private readonly gradients = new Map<string, Gradient>();
  private readonly clips = new Map<string, Clip>();

  read(defs: Element): void {
    allow(defs, []);
    for (const def of elements(defs)) {
      const id = attr(def, 'id') ?? '';
      if (def.localName === 'linearGradient' || def.localName === 'radialGradient') this.gradients.set(id, gradient(def));
      else if (def.localName === 'clipPath') this.clips.set(id, clip(def));
      else throw new Unsupported(`<${def.localName}> in defs`);
    }
  }

  gradient(reference: string): Gradient {
    return this.gradients.get(reference) ?? fail(`no gradient ${reference}`);
  }

  clip(reference: string): Clip {
    return this.clips.get(reference) ?? fail(`no clip path ${reference}`);
  }

  private readonly images = new Map<string, Uint8Array>();

  /** An embedded picture's bytes, one array per picture however often it is placed: it is embedded once. */
  image(base64: string): Uint8Array {
    let bytes = this.images.get(base64);
    if (bytes === undefined) this.images.set(base64, (bytes = new Uint8Array(Buffer.from(base64, 'base64'))));
    return bytes;
  }
}

function node(element: Element, defs: Definitions): VectorNode {
  if (element.localName === 'path') return pathNode(element, defs);
  if (element.localName === 'g') return groupNode(element, defs);
  if (element.localName === 'image') return imageNode(element, defs);
  throw new Unsupported(`<${element.localName}>`);
}

function groupNode(element: Element, defs: Definitions): GroupNode {
  allow(element, ['transform', 'opacity', 'clip-path', 'style']);
  const style = attr(element, 'style');
  // usvg writes the blend mode and isolation as a style; only the defaults paint as a plain group does.
  if (style !== null && !/^(mix-blend-mode:normal;?)?(isolation:(auto|isolate);?)?$/.test(style.replace(/\s/g, ''))) throw new Unsupported(`style ${style}`);
  const clipRef = reference(attr(element, 'clip-path'));
  return {
    kind: 'group',
    transform: transform(element),
    opacity: number(element, 'opacity', 1),
    clip: clipRef === null ? null : defs.clip(clipRef),
    children: elements(element).map((child) => node(child, defs)),
  };
}

const NOTHING: GroupNode = { kind: 'group', transform: null, opacity: 1, clip: null, children: [] };

function imageNode(element: Element, defs: Definitions): ImageNode | GroupNode {
  allow(element, ['x', 'y', 'width', 'height', 'preserveAspectRatio', 'transform', 'xlink:href', 'href', 'visibility', 'image-rendering', 'rendering-mode']);
  if ((attr(element, 'visibility') ?? 'visible') !== 'visible') return NOTHING;
  const href = attr(element, 'xlink:href') ?? attr(element, 'href') ?? '';
  const data = /^data:image\/(png|jpeg);base64,\s*([A-Za-z0-9+/=\s]+)$/.exec(href) ?? fail('an image that is not an embedded PNG or JPEG');
  const bytes = defs.image(data[2]!);
  const facts = rasterFacts(bytes);
  // resvg draws a JPEG's pixels as stored; a turn the camera recorded would tell the two apart.
  if (facts === null || facts.mime !== `image/${data[1]!}` || facts.orientation !== 1) throw new Unsupported('an embedded image that does not read');
  const [x, y, width, height] = [number(element, 'x', 0), number(element, 'y', 0), number(element, 'width', NaN), number(element, 'height', NaN)];
  if (!(width > 0 && height > 0)) return NOTHING;
  const aspect = attr(element, 'preserveAspectRatio');
  // Its pixels fill the box as the viewBox of a picture of their size would.
  const fit = aspectMatrix([0, 0, facts.width, facts.height], [x, y, width, height], aspect);
  return {
    kind: 'image',
    mime: facts.mime,
    bytes,
    transform: transform(element),
    placement: multiply([facts.width, 0, 0, -facts.height, 0, facts.height], fit),
    clip: / slice$/.test(aspect ?? '') ? [x, y, x + width, y + height] : null,
  };
}

const PATH_ATTRIBUTES = [
  'd', 'transform', 'visibility', 'paint-order', 'shape-rendering', 'text-rendering',
  'fill', 'fill-opacity', 'fill-rule', 'clip-rule',
  'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset',
];

function pathNode(element: Element, defs: Definitions): PathNode | GroupNode {
  allow(element, PATH_ATTRIBUTES);
  const path = pathData(element);
  const visible = attr(element, 'visibility') === null || attr(element, 'visibility') === 'visible';
  // A hidden path paints nothing: an empty group stands in for it.
  if (!visible) return NOTHING;
  return {
    kind: 'path',
    path,
    transform: transform(element),
    fill: fill(element, defs),
    stroke: stroke(element),
    strokeFirst: /^stroke/.test(attr(element, 'paint-order') ?? ''),
  };
}

function fill(element: Element, defs: Definitions): Fill | null {
  const value = attr(element, 'fill') ?? '#000000';
  if (value === 'none') return null;
  const opacity = number(element, 'fill-opacity', 1);
  const evenOdd = attr(element, 'fill-rule') === 'evenodd';
  const ref = reference(value);
  if (ref === null) return { paint: { kind: 'colour', colour: colour(value) }, opacity, evenOdd };
  return { paint: { kind: 'gradient', gradient: defs.gradient(ref) }, opacity, evenOdd };
}

const CAPS = { butt: 0, round: 1, square: 2 } as const;
const JOINS = { miter: 0, 'miter-clip': 0, round: 1, bevel: 2 } as const;

function stroke(element: Element): Stroke | null {
  const value = attr(element, 'stroke') ?? 'none';
  if (value === 'none') return null;
  if (reference(value) !== null) throw new Unsupported('a gradient on a stroke');
  const width = number(element, 'stroke-width', 1);
  if (width <= 0) return null;
  const dash = (attr(element, 'stroke-dasharray') ?? '').split(/[\s,]+/).filter((s) => s !== '').map(Number);
  if (dash.some((d) => !(d >= 0))) throw new Unsupported('stroke-dasharray');
  return {
    colour: colour(value),
    opacity: number(element, 'stroke-opacity', 1),
    width,
    cap: keyword(element, 'stroke-linecap', CAPS, 'butt'),
    join: keyword(element, 'stroke-linejoin', JOINS, 'miter'),
    miterLimit: number(element, 'stroke-miterlimit', 4),
    dash,
    dashOffset: number(element, 'stroke-dashoffset', 0),
  };
}

function gradient(element: Element): Gradient {
  const linear = element.localName === 'linearGradient';
  const coordinates = linear ? ['x1', 'y1', 'x2', 'y2'] : ['cx', 'cy', 'r', 'fx', 'fy', 'fr'];
  allow(element, [...coordinates, 'gradientUnits', 'gradientTransform', 'spreadMethod']);
  if ((attr(element, 'spreadMethod') ?? 'pad') !== 'pad') throw new Unsupported('spreadMethod');
  const units = attr(element, 'gradientUnits') === 'userSpaceOnUse' ? 'user' : 'box';
  const half = units === 'box' ? 0.5 : NaN;
  let coords: number[];
  if (linear) {
    coords = [number(element, 'x1', 0), number(element, 'y1', 0), number(element, 'x2', units === 'box' ? 1 : NaN), number(element, 'y2', 0)];
  } else {
    const [cx, cy, r] = [number(element, 'cx', half), number(element, 'cy', half), number(element, 'r', half)];
    coords = [number(element, 'fx', cx), number(element, 'fy', cy), number(element, 'fr', 0), cx, cy, r];
  }
  if (coords.some((c) => !Number.isFinite(c))) throw new Unsupported('gradient coordinates');
  const stops = elements(element).map(stop);
  if (stops.length === 0) throw new Unsupported('a gradient without stops');
  const gradientTransform = attr(element, 'gradientTransform');
  return {
    kind: linear ? 'linear' : 'radial',
    coords,
    units,
    transform: gradientTransform === null ? null : (parseMatrix(gradientTransform) ?? fail('gradientTransform')),
    // An offset less than one before it counts as that one (SVG 1.1, 13.2.4).
    stops: stops.map((stop, i) => ({ ...stop, offset: Math.max(stop.offset, ...stops.slice(0, i).map((s) => s.offset)) })),
  };
}

function stop(element: Element): GradientStop {
  if (element.localName !== 'stop') throw new Unsupported(`<${element.localName}> in a gradient`);
  allow(element, ['offset', 'stop-color', 'stop-opacity']);
  return {
    offset: Math.min(1, Math.max(0, number(element, 'offset', 0))),
    colour: colour(attr(element, 'stop-color') ?? '#000000'),
    opacity: number(element, 'stop-opacity', 1),
  };
}

function clip(element: Element): Clip {
  allow(element, ['transform', 'clipPathUnits']);
  if ((attr(element, 'clipPathUnits') ?? 'userSpaceOnUse') !== 'userSpaceOnUse') throw new Unsupported('clipPathUnits');
  const outlines = elements(element);
  // One outline clips as PDF clips; the union of several would not, under either rule.
  if (outlines.length !== 1 || outlines[0]!.localName !== 'path') throw new Unsupported('a clip path of more than one path');
  const path = outlines[0]!;
  allow(path, PATH_ATTRIBUTES);
  const own = transform(path);
  const outer = transform(element);
  return {
    path: pathData(path),
    transform: own === null ? outer : outer === null ? own : multiply(own, outer),
    evenOdd: attr(path, 'clip-rule') === 'evenodd',
  };
}

const ALIGN: Readonly<Record<string, readonly [number, number]>> = {
  xMinYMin: [0, 0], xMidYMin: [0.5, 0], xMaxYMin: [1, 0],
  xMinYMid: [0, 0.5], xMidYMid: [0.5, 0.5], xMaxYMid: [1, 0.5],
  xMinYMax: [0, 1], xMidYMax: [0.5, 1], xMaxYMax: [1, 1],
};

/** The viewBox mapped onto the viewport, as SVG's preserveAspectRatio says. */
function viewBoxMatrix(root: Element, width: number, height: number): Matrix | null {
  const box = attr(root, 'viewBox');
  if (box === null) return null;
  const [x, y, w, h] = box.trim().split(/[\s,]+/).map(Number);
  if (!(w! > 0 && h! > 0) || !Number.isFinite(x) || !Number.isFinite(y)) throw new Unsupported('viewBox');
  return aspectMatrix([x!, y!, w!, h!], [0, 0, width, height], attr(root, 'preserveAspectRatio'));
}

/** From a box (x y width height) onto another, as preserveAspectRatio `aspect` says (SVG 1.1, 7.8). */
function aspectMatrix(from: readonly [number, number, number, number], onto: readonly [number, number, number, number], aspect: string | null): Matrix {
  const [x, y, w, h] = from;
  const [left, top, width, height] = onto;
  const [align = 'xMidYMid', meetOrSlice = 'meet'] = (aspect ?? '').trim().split(/\s+/).filter((s) => s !== '');
  const sx = width / w;
  const sy = height / h;
  if (align === 'none') return [sx, 0, 0, sy, left - x * sx, top - y * sy];
  const [fx, fy] = ALIGN[align] ?? fail(`preserveAspectRatio ${align}`);
  const s = meetOrSlice === 'slice' ? Math.max(sx, sy) : Math.min(sx, sy);
  return [s, 0, 0, s, left + (width - w * s) * fx - x * s, top + (height - h * s) * fy - y * s];
}

function pathData(element: Element): PathData {
  return parsePathData(attr(element, 'd') ?? '') ?? fail('path data');
}

function transform(element: Element): Matrix | null {
  const value = attr(element, 'transform');
  return value === null ? null : (parseMatrix(value) ?? fail(`transform ${value}`));
}

/** usvg writes every colour as #rrggbb. */
function colour(value: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(value)) fail(`colour ${value}`);
  const { red, green, blue } = hexColor(value);
  return [red, green, blue];
}

/** `url(#id)` → id; null for a value that is not a reference. */
function reference(value: string | null): string | null {
  if (value === null) return null;
  return /^url\(#([^)]+)\)$/.exec(value.trim())?.[1] ?? null;
}

function number(element: Element, name: string, fallback: number): number {
  const value = attr(element, name);
  if (value === null) return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? n : fail(`${name}="${value}"`);
}

function keyword<T>(element: Element, name: string, values: Readonly<Record<string, T>>, fallback: string): T {
  const value = attr(element, name) ?? fallback;
  return values[value] ?? fail(`${name}="${value}"`);
}

/** Every attribute of `element` is one of `names` (or an id or a namespace declaration). */
function allow(element: Element, names: readonly string[]): void {
  for (let i = 0; i < element.attributes.length; i++) {
    const name = element.attributes.item(i)!.name;
    if (name !== 'id' && name !== 'xmlns' && !name.startsWith('xmlns:') && !names.includes(name)) throw new Unsupported(`${name} on <${element.localName}>`);
  }
}

/** The attribute's value, null when it is absent (xmldom's getAttribute answers "" then). */
function attr(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

function elements(parent: Element): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) found.push(child as Element);
    else if (child.nodeType === child.TEXT_NODE && (child.nodeValue ?? '').trim() !== '') throw new Unsupported('text in the tree');
  }
  return found;
}

function fail(message: string): never {
  throw new Unsupported(message);
}
