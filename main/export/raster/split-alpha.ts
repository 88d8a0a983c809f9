// RGBA pixels as PDF wants them: the colours (straight, not multiplied by
// alpha) and the alpha apart, as its soft mask. The raster thread runs this
// from its source text (thread.ts), so it uses nothing from outside itself.

export interface SplitPixels {
  /** 3 bytes a pixel. */
  readonly rgb: Uint8Array;
  /** 1 byte a pixel. */
  readonly alpha: Uint8Array;
  /** Every pixel fully opaque: no soft mask needed. */
  readonly opaque: boolean;
}

/** `premultiplied`: colours multiplied by alpha (resvg's raster), undone here. */
export function splitAlpha(data: Uint8Array, count: number, premultiplied: boolean): SplitPixels {
  const rgb = new Uint8Array(count * 3);
  const alpha = new Uint8Array(count);
  let opaque = true;
  for (let i = 0, j = 0; i < count; i++, j += 4) {
    const a = data[j + 3]!;
    alpha[i] = a;
    if (a === 255 || !premultiplied) {
      rgb[i * 3] = data[j]!;
      rgb[i * 3 + 1] = data[j + 1]!;
      rgb[i * 3 + 2] = data[j + 2]!;
    } else if (a > 0) {
      rgb[i * 3] = Math.min(255, Math.round((data[j]! * 255) / a));
      rgb[i * 3 + 1] = Math.min(255, Math.round((data[j + 1]! * 255) / a));
      rgb[i * 3 + 2] = Math.min(255, Math.round((data[j + 2]! * 255) / a));
    }
    if (a !== 255) opaque = false;
  }
  return { rgb, alpha, opaque };
}
