// A PNG with far more pixels than print needs at its placed size (an infographic
// exported for a poster, set in a column) is drawn at 300 dpi of that size, as
// prepress tools downsample images above 450 dpi (the press presets of Acrobat
// and InDesign). Decoded whole in JavaScript, 140 megapixels took 17 seconds and
// 2.7 GB; resvg decodes and scales it in one go, on the raster thread that draws
// our SVG pictures, when it is wrapped as an SVG that shows nothing but it.
// JPEG stays as it is: it passes through untouched, and scaling it would mean
// encoding it again, with loss.
import type { PlacedImage } from '../flow/index.js';

/** Above this effective resolution at its placed size a PNG is drawn at 300 dpi. */
export const OVERSAMPLED_DPI = 450;

/**
 * The SVG to rasterise for a placement, or null when the image is embedded as
 * it is: an SVG picture itself, or an oversampled PNG wrapped in one.
 */
export function rasterSource(placed: PlacedImage): Uint8Array | null {
  const { image } = placed;
  if (image.mime === 'image/svg+xml') return image.bytes;
  if (image.mime !== 'image/png' || placed.dpi <= OVERSAMPLED_DPI) return null;
  // Asked for by drawAhead and again by the painter, for every placement: the PNG is encoded once.
  let svg = wrapped.get(image.bytes);
  if (svg === undefined) wrapped.set(image.bytes, (svg = pngAsSvg(image.bytes, image.width, image.height)));
  return svg;
}

const wrapped = new WeakMap<Uint8Array, Uint8Array>();

/** A PNG of `width` × `height` pixels as an SVG of that size that shows nothing but it. */
export function pngAsSvg(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')}`;
  return new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<image width="${width}" height="${height}" preserveAspectRatio="none" xlink:href="${href}"/></svg>`,
  );
}
