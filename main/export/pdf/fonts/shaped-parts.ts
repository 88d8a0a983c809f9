// Parts of shaped words for broken lines: "zieken" + "-" and "huisopname" are
// cut from the shaped "ziekenhuisopname" rather than shaped again, which keeps
// their widths equal to what the line breaker measured and saves a shaping call
// for every distinct fragment.
import { glyphAt, kernAfter, shapedText, type GlyphData, type ShapedText } from './shaped-text.js';

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
const hyphenated = new WeakMap<ShapedText, WeakMap<ShapedText, ShapedText>>();

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

/** `a` followed by `b` (the hyphen after a word part), without kerning between them. */
export function joinShaped(a: ShapedText, b: ShapedText): ShapedText {
  let cached = hyphenated.get(a);
  if (cached === undefined) {
    cached = new WeakMap();
    hyphenated.set(a, cached);
  }
  let joined = cached.get(b);
  if (joined === undefined) {
    joined = concat(a, b);
    cached.set(b, joined);
  }
  return joined;
}

function concat(a: ShapedText, b: ShapedText): ShapedText {
  const join = <T extends Float64Array | Uint16Array | Uint32Array>(x: T, y: T, make: (n: number) => T): T => {
    const out = make(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const data: GlyphData = {
    text: a.text + b.text,
    glyphIds: join(a.glyphIds, b.glyphIds, (n) => new Uint16Array(n)),
    glyphTexts: [...a.glyphTexts, ...b.glyphTexts],
    clusterStarts: join(a.clusterStarts, b.clusterStarts.map((s) => s + a.text.length), (n) => new Uint32Array(n)),
    nominal: join(a.nominal, b.nominal, (n) => new Float64Array(n)),
    advances: join(a.advances, b.advances, (n) => new Float64Array(n)),
    xOffsets: join(a.xOffsets, b.xOffsets, (n) => new Float64Array(n)),
  };
  return shapedText(data);
}
