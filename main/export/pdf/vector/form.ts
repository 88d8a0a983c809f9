// A VectorDrawing as a form XObject, embedded once and placed as often as a
// figure shows it: its content deflated, its gradients as axial or radial
// shadings whose function runs through the stops, its opacities as graphics
// states (a gradient's differing stop opacities as a soft mask: a grey
// shading of them, as luminosity), and its translucent groups as transparency groups. `rgbSpace`: what
// the page declares DeviceRGB to be (the print edition's sRGB DefaultRGB),
// declared in the form's resources too, since a form reads its own. Pictures
// the SVG embeds are image XObjects as a figure's would be (images/).
import { constants, deflateSync } from 'node:zlib';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDict,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { embedJpeg } from '../images/embed-jpeg.js';
import { embedPng } from '../images/embed-png.js';
import type { ImageProfiles } from '../images/image-profiles.js';
import { vectorContent, type Shading } from './content.js';
import type { VectorDrawing } from './drawing.js';
import type { ImageBox } from '../images/upright.js';

export interface VectorForm {
  readonly ref: PDFRef;
  /** The form's size, in the SVG's user units: placed, it is scaled to its box. */
  readonly width: number;
  readonly height: number;
}

/** Rejects when a picture the SVG embeds does not decode. `profiles`: where such a picture's own colour profile is declared. */
export async function embedVectorForm(doc: PDFDocument, drawing: VectorDrawing, rgbSpace: PDFObject | undefined, profiles: ImageProfiles): Promise<VectorForm> {
  const { context } = doc;
  const { content, states, shadings, masks, groups, images } = vectorContent(drawing);
  // One resource dictionary for the picture's form and every form inside it, filled in below.
  const resources = context.obj({});
  const resourcesRef = context.register(resources);
  const named = (key: string, entries: readonly (readonly [string, PDFRef])[]): void => {
    if (entries.length > 0) resources.set(PDFName.of(key), context.obj(Object.fromEntries(entries)));
  };
  const maskRefs = new Map(masks.map((m) => [m.name, context.register(form(context, `/${m.shading} sh`, m.box, resourcesRef, 'DeviceGray'))]));
  named('ExtGState', states.map((s) => {
    const mask = s.mask === null ? {} : { SMask: { Type: 'Mask', S: 'Luminosity', G: maskRefs.get(s.mask)! } };
    return [s.name, context.register(context.obj({ Type: 'ExtGState', ca: s.fill, CA: s.stroke, ...mask }))];
  }));
  named('Shading', shadings.map((s) => [s.name, context.register(shading(context, s, rgbSpace))]));
  if (rgbSpace !== undefined) resources.set(PDFName.of('ColorSpace'), context.obj({ DefaultRGB: rgbSpace }));
  const pictures = await Promise.all(
    images.map(async ({ name, image }) => [name, (await (image.mime === 'image/png' ? embedPng(doc, image.bytes, profiles) : embedJpeg(doc, image.bytes, profiles))).ref] as const),
  );
  named('XObject', [...groups.map((g) => [g.name, context.register(form(context, g.content, g.box, resourcesRef, 'page'))] as const), ...pictures]);
  const ref = context.register(form(context, content, [0, 0, drawing.width, drawing.height], resourcesRef, null));
  return { ref, width: drawing.width, height: drawing.height };
}

/** What the page declares its DeviceRGB colours to be (the print edition's sRGB), if anything: a form placed on it declares the same. */
export function declaredRgb(page: PDFPage): PDFObject | undefined {
  const spaces = page.node.Resources()?.lookupMaybe(PDFName.of('ColorSpace'), PDFDict);
  return spaces?.get(PDFName.of('DefaultRGB'));
}

/** Places the form to fill `box` (PDF coordinates, lower-left corner). */
export function drawVectorForm(page: PDFPage, form: VectorForm, box: ImageBox): void {
  const name = page.node.newXObject('Fm', form.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(box.width / form.width, 0, 0, box.height / form.height, box.x, box.y),
    drawObject(name),
    popGraphicsState(),
  );
}

/** `group`: a transparency group blended in the page's colour space, a soft mask's in grey, or none. */
function form(context: PDFContext, content: string, box: readonly number[], resources: PDFRef, group: 'page' | 'DeviceGray' | null): ReturnType<PDFContext['stream']> {
  const bytes = deflateSync(Buffer.from(content, 'latin1'), { level: constants.Z_BEST_SPEED });
  return context.stream(bytes, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [...box],
    Resources: resources,
    Filter: 'FlateDecode',
    ...(group === 'page' ? { Group: { S: 'Transparency' } } : group === 'DeviceGray' ? { Group: { S: 'Transparency', CS: 'DeviceGray' } } : {}),
  });
}

/** A gradient's colours as an axial or radial shading, or its stops' opacities in grey (for a soft mask). */
function shading(context: PDFContext, { gradient, of }: Shading, rgbSpace: PDFObject | undefined): PDFDict {
  const stops = gradient.stops.map((stop) => ({ offset: stop.offset, values: of === 'colour' ? stop.colour : [stop.opacity] }));
  const dict = context.obj({
    ShadingType: gradient.kind === 'linear' ? 2 : 3,
    Coords: [...gradient.coords],
    Function: stopsFunction(context, stops),
    Extend: [true, true],
  });
  dict.set(PDFName.of('ColorSpace'), of === 'opacity' ? PDFName.of('DeviceGray') : (rgbSpace ?? PDFName.of('DeviceRGB')));
  return dict;
}

/**
 * The colour along the gradient, 0 to 1: a linear blend between each pair of
 * stops, the first stop's colour before it and the last one's after it,
 * stitched into one function where there is more than one stretch.
 */
function stopsFunction(context: PDFContext, stops: readonly { readonly offset: number; readonly values: readonly number[] }[]): PDFDict {
  const pieces: { from: number; to: number; c0: readonly number[]; c1: readonly number[] }[] = [];
  const first = stops[0]!;
  const last = stops.at(-1)!;
  if (first.offset > 0) pieces.push({ from: 0, to: first.offset, c0: first.values, c1: first.values });
  for (let i = 0; i + 1 < stops.length; i++) {
    const [a, b] = [stops[i]!, stops[i + 1]!];
    if (b.offset > a.offset) pieces.push({ from: a.offset, to: b.offset, c0: a.values, c1: b.values });
  }
  if (last.offset < 1 || pieces.length === 0) pieces.push({ from: last.offset < 1 ? last.offset : 0, to: 1, c0: last.values, c1: last.values });
  const blend = (c0: readonly number[], c1: readonly number[]): PDFDict =>
    context.obj({ FunctionType: 2, Domain: [0, 1], C0: [...c0], C1: [...c1], N: 1 });
  if (pieces.length === 1) return blend(pieces[0]!.c0, pieces[0]!.c1);
  return context.obj({
    FunctionType: 3,
    Domain: [0, 1],
    Functions: pieces.map((p) => blend(p.c0, p.c1)),
    Bounds: pieces.slice(1).map((p) => p.from),
    Encode: pieces.flatMap(() => [0, 1]),
  });
}
