/**
 * The only references a sanitised SVG keeps: a fragment inside the file
 * itself (`#gradient-1`), or a PNG or JPEG carried inline as a base64 data
 * URI. Everything else (http:, https:, file:, javascript:, data:image/svg+xml,
 * another file's `other.svg#id`) would reach outside the drawing or run code.
 */
const fragment = /^#[A-Za-z_][\w.:-]*$/;
const inlineRaster = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$/i;

export function isLocalReference(value: string): boolean {
  const reference = value.trim();
  return fragment.test(reference) || inlineRaster.test(reference);
}
