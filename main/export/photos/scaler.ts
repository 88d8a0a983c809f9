// The photos of one export scaled by one rule, each once, started as soon as
// its placement is known: the PDF starts them while the next chapters are set
// (pdf/paint drawAhead), on libuv's threads, and takes them when it paints.
import { downsampledJpeg, type Downsampling } from './downsample.js';

export class PhotoScaler {
  private readonly scaled = new Map<string, Promise<Uint8Array | null>>();

  constructor(private readonly rule: Downsampling) {}

  /** Whether a picture of `mime` placed at `dpi` (its effective resolution there) is a photo the rule scales. */
  scales(mime: string, dpi: number): boolean {
    return mime === 'image/jpeg' && dpi > this.rule.above;
  }

  /**
   * The photo (`key`: its content's) placed at `dpi`, scaled, or null when it
   * keeps its pixels. Placed twice at two sizes, it is scaled for each.
   */
  scale(key: string, bytes: Uint8Array, dpi: number): Promise<Uint8Array | null> {
    const placement = placementKey(key, dpi);
    let found = this.scaled.get(placement);
    if (found === undefined) {
      found = downsampledJpeg(bytes, dpi, this.rule);
      this.scaled.set(placement, found);
    }
    return found;
  }
}

/** A photo's placement at a resolution, as the caches of scaled and embedded photos key it. */
export function placementKey(key: string, dpi: number): string {
  return `${key}@${Math.round(dpi)}`;
}
