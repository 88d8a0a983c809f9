// Parts of shaped words for broken lines: "zieken" and "huisopname" are
// cut from the shaped "ziekenhuisopname" rather than shaped again, which keeps
// their widths equal to what the line breaker measured and saves a shaping call
// for every distinct fragment.
import { glyphAt, kernAfter, shapedText, type ShapedText } from './shaped-text.js';

/**
 * The glyphs of `shaped.text.slice(from, to)`, or null when a cut falls inside a
 * ligature (the part must then be shaped on its own). The kerning of the last
 * glyph against a neighbour that is cut away is dropped.
 */
export function sliceShaped(shaped: ShapedText, from: number, to: number): ShapedText | null {
  if (from === 0 && to === shaped.text.length) return shaped;
  // The same word breaks at the same places throughout a publication.
  let cached = slices.get(shaped);
  if (cached === undefined) {
    cached = new Map();
    slices.set(shaped, cached);
  }
  const key = from * 65536 + to;
  let slice = cached.get(key);
  if (slice === undefined) {
    slice = cut(shaped, from, to);
    cached.set(key, slice);
  }
  return slice;
}

const slices = new WeakMap<ShapedText, Map<number, ShapedText | null>>();

function cut(shaped: ShapedText, from: number, to: number): ShapedText | null {
  const first = glyphAt(shaped, from);
  const end = glyphAt(shaped, to);
  if (first < 0 || end < 0 || end <= first) return null;
  const advances = shaped.advances.slice(first, end);
  if (end < shaped.glyphCount) advances[end - first - 1]! -= kernAfter(shaped, end - 1);
  const clusterStarts = shaped.clusterStarts.slice(first, end).map((start) => start - from);
  return shapedText({
    text: shaped.text.slice(from, to),
    glyphIds: shaped.glyphIds.slice(first, end),
    glyphTexts: shaped.glyphTexts.slice(first, end),
    clusterStarts,
    nominal: shaped.nominal.slice(first, end),
    advances,
    xOffsets: shaped.xOffsets.slice(first, end),
  });
}
